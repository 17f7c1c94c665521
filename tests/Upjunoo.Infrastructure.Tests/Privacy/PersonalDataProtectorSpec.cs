using System.Security.Cryptography;
using System.Text;
using Upjunoo.Domain.Privacy;
using Upjunoo.Infrastructure.Privacy;
using Upjunoo.Infrastructure.Tests.Support;

namespace Upjunoo.Infrastructure.Tests.Privacy;

public sealed class PersonalDataProtectorSpec : IDisposable
{
    private readonly TestKeys _keys = new();

    [Fact]
    public void Text_is_protected_as_an_enc_v1_envelope_naming_its_subject_and_reads_back()
    {
        var subject = TestKeys.NewSubject();

        var protectedText = _keys.Protector.Protect(subject, DataCategory.Contact, "+14165550123");

        Assert.StartsWith($"enc:v1:{subject}:", protectedText, StringComparison.Ordinal);
        Assert.DoesNotContain("4165550123", protectedText, StringComparison.Ordinal);
        Assert.NotEqual(protectedText, _keys.Protector.Protect(subject, DataCategory.Contact, "+14165550123"));
        Assert.Equal("+14165550123", _keys.Protector.Unprotect(protectedText, DataCategory.Contact));
    }

    [Fact]
    public void The_category_is_bound_to_the_ciphertext()
    {
        var protectedText = _keys.Protector.Protect(TestKeys.NewSubject(), DataCategory.Contact, "+14165550123");

        Assert.ThrowsAny<CryptographicException>(() => _keys.Protector.Unprotect(protectedText, DataCategory.Identity));
    }

    [Fact]
    public void Once_the_subject_is_erased_text_reads_as_erased_and_blobs_as_null()
    {
        var subject = TestKeys.NewSubject();
        var protectedText = _keys.Protector.Protect(subject, DataCategory.Identity, "Awa Kouassi");
        var photo = Encoding.UTF8.GetBytes("a photo's bytes");
        var protectedBlob = _keys.Protector.Protect(subject, DataCategory.Photos, photo);
        Assert.Equal(photo, _keys.Protector.Unprotect(protectedBlob, DataCategory.Photos));

        _keys.Store.Erase(subject);

        Assert.Equal(Erased.Text, _keys.Protector.Unprotect(protectedText, DataCategory.Identity));
        Assert.False(_keys.Protector.TryUnprotect(protectedText, DataCategory.Identity, out _));
        Assert.Null(_keys.Protector.Unprotect(protectedBlob, DataCategory.Photos));
        Assert.Throws<SubjectErasedException>(() => _keys.Protector.Protect(subject, DataCategory.Identity, "again"));
    }

    public void Dispose() => _keys.Dispose();
}
