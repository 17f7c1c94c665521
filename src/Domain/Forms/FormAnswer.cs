using Upjunoo.Domain.Privacy;

namespace Upjunoo.Domain.Forms;

public sealed record FormAnswer(string QuestionId, [property: Personal(DataCategory.Forms)] string Answer);
