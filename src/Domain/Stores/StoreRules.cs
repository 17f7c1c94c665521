namespace Upjunoo.Domain.Stores;

public static class StoreRules
{
    public const int MaxNameLength = 80;
    public const int MaxAddressLength = 300;
    public const int MaxProducts = 500;
    public const int MaxProductNameLength = 120;
    public const int MaxCategoryLength = 60;
    public const int MinDeliveryRadiusM = 500;
    public const int MaxDeliveryRadiusM = 30_000;
}
