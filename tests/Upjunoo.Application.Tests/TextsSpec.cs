using Upjunoo.Application.Localization;
using Upjunoo.Domain.Common;
using Upjunoo.Domain.Identity;

namespace Upjunoo.Application.Tests;

public class TextsSpec
{
    [Fact]
    public void Every_text_exists_in_french_and_english_and_they_differ()
    {
        Assert.All(Texts.Keys, key =>
        {
            var fr = Texts.Get(key, Language.Fr);
            var en = Texts.Get(key, Language.En);
            Assert.False(string.IsNullOrWhiteSpace(fr), key);
            Assert.False(string.IsNullOrWhiteSpace(en), key);
            Assert.NotEqual(fr, en);
        });
    }

    [Fact]
    public void Every_problem_title_exists_in_both_languages()
    {
        Assert.All(Enum.GetValues<RejectionKind>(), kind =>
            Assert.NotEqual(ProblemTitles.For(kind, Language.Fr), ProblemTitles.For(kind, Language.En)));
    }
}
