using Upjunoo.Domain.Countries;
using Phones = Upjunoo.Application.Accounts.PhoneNumbers;

namespace Upjunoo.Application.Tests;

public class PhoneNumbersSpec
{
    [Theory]
    [InlineData("+225 07 01 02 03 04", "+2250701020304")]
    [InlineData("+1 (416) 555-0123", "+14165550123")]
    [InlineData("+243 81 234 5678", "+243812345678")]
    [InlineData("+33 6 12 34 56 78", "+33612345678")]
    public void Valid_numbers_are_normalised_to_E164(string input, string expected) =>
        Assert.Equal(expected, Phones.ToE164(input));

    [Theory]
    [InlineData("")]
    [InlineData("hello")]
    [InlineData("+225 12")]
    [InlineData("0701020304")]
    [InlineData("+999 1234567")]
    public void Invalid_numbers_are_refused(string input) => Assert.Null(Phones.ToE164(input));

    [Fact]
    public void A_national_number_is_read_with_the_country_hint() =>
        Assert.Equal("+2250701020304", Phones.ToE164("07 01 02 03 04", CountryCode.CI));

    [Theory]
    [InlineData("+2250701020304", CountryCode.CI)]
    [InlineData("+243812345678", CountryCode.CD)]
    [InlineData("+14165550123", CountryCode.CA)]
    public void The_country_is_read_from_the_number(string e164, CountryCode expected) =>
        Assert.Equal(expected, Phones.CountryOf(e164));
}
