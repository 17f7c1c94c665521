namespace Upjunoo.Domain.Privacy.Requests;

/// <summary>The rights of section 5 of the policy, each answered in a tracked request (R20).</summary>
public enum PrivacyRequestType
{
    Access,
    Export,
    Erasure,
    Deletion,
    Rectification,
    Restriction,
    Objection,
    Complaint,
}
