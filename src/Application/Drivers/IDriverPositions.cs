using Upjunoo.Domain.Location;

namespace Upjunoo.Application.Drivers;

/// <summary>The latest accepted position of each partner, for whoever follows their trip or order.</summary>
public interface IDriverPositions
{
    void Record(string driverId, LocationPing ping);

    LocationPing? Latest(string driverId);
}
