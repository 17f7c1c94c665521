namespace Upjunoo.Domain.Drivers;

public enum DriverStatus
{
    Offline,
    Available,
    Offered,
    Busy,
}
