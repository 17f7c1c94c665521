namespace Upjunoo.Domain.Forms;

/// <summary>Why a form collects answers (R10, R12 "forms"): answers are used for that purpose only.</summary>
public enum FormPurpose
{
    Opinion,
    SpecialOffer,
    Support,
}
