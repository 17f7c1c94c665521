namespace Upjunoo.Domain.Trips;

/// <summary>In which capacity someone acts on a trip.</summary>
public enum PartyRole
{
    Rider,
    Driver,
    Support,
    System,
}
