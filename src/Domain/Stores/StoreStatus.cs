namespace Upjunoo.Domain.Stores;

public enum StoreStatus
{
    /// <summary>Nothing opened under this id yet.</summary>
    None,
    Active,
}
