namespace Upjunoo.Domain.Forms;

/// <summary>A question of a form, in both languages (R30).</summary>
public sealed record FormQuestion(string QuestionId, string TextFr, string TextEn, bool Required);
