namespace Upjunoo.Domain.Addresses;

/// <summary>What a saved address is to its owner; at most one home and one work address.</summary>
public enum SavedAddressLabel
{
    Home,
    Work,
    Named,
}
