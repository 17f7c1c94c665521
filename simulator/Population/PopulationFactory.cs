using System.Globalization;
using Bogus;

namespace Upjunoo.Simulator.Population;

/// <summary>
/// A seeded synthetic population (R27): the same seed gives the same people, phones, vehicles and positions.
/// Names come from Bogus in the city's locale, with common local first names and surnames mixed in for Abidjan and
/// Kinshasa (Bogus's <c>fr</c> locale is France's).
/// </summary>
public sealed class PopulationFactory(int seed)
{
    private static readonly string[] IvorianFirst = ["Koffi", "Awa", "Aya", "Yao", "Adjoua", "Kouassi", "Aminata", "Moussa", "Affoué", "Konan", "Mariam", "Seydou"];
    private static readonly string[] IvorianLast = ["Koné", "Kouadio", "Traoré", "Yao", "Bamba", "Ouattara", "Diabaté", "N'Guessan", "Coulibaly", "Touré"];
    private static readonly string[] CongoleseFirst = ["Jean", "Mukendi", "Grâce", "Patient", "Dieudonné", "Nsimba", "Bénédicte", "Trésor", "Merveille", "Fiston"];
    private static readonly string[] CongoleseLast = ["Mukendi", "Kabasele", "Tshibangu", "Ilunga", "Mbuyi", "Kalala", "Lukusa", "Nzuzi", "Makiese", "Kasongo"];
    private static readonly string[] Colors = ["white", "black", "silver", "grey", "blue", "red", "yellow"];
    private static readonly (string Make, string[] Models)[] Cars =
    [
        ("Toyota", ["Corolla", "Yaris", "Camry", "RAV4"]), ("Hyundai", ["Elantra", "Accent", "Tucson"]),
        ("Kia", ["Rio", "Forte", "Sportage"]), ("Honda", ["Civic", "Accord", "CR-V"]), ("Nissan", ["Sentra", "Almera"]),
        ("Suzuki", ["Swift", "Dzire"]), ("Peugeot", ["301", "508"]),
    ];

    private static readonly string[] Devices = ["Pixel 8", "Galaxy A54", "Tecno Spark 20", "Infinix Hot 40", "iPhone 14", "Redmi Note 13"];

    private readonly Random _random = new(seed);
    private readonly HashSet<string> _phones = [];
    private readonly Dictionary<string, Faker> _fakers = [];
    private int _next;

    public IReadOnlyList<Person> Create(PersonKind kind, int count) =>
        [.. Enumerable.Range(0, count).Select(i => Create(kind, Cities.All[i % Cities.All.Count]))];

    public Person Create(PersonKind kind, City city)
    {
        var faker = FakerFor(city);
        var index = _next++;
        var (first, last) = Name(city, faker);
        string phone;
        do
        {
            phone = PhoneNumbers.For(city, _random);
        }
        while (!_phones.Add(phone));

        var vehicle = kind == PersonKind.Driver ? Vehicle(city) : null;
        var services = kind switch
        {
            PersonKind.Driver => _random.NextDouble() < 0.3 ? ["standard", "comfort"] : new[] { "standard" },
            PersonKind.Courier => ["delivery"],
            _ => Array.Empty<string>(),
        };
        var device = Devices[_random.Next(Devices.Length)];
        return new Person(
            index, kind, city, first, last, phone, faker.Internet.Email(first, last, "example.com", index.ToString(CultureInfo.InvariantCulture)),
            StartPosition(city), vehicle, services, $"sim-{seed}-{index}", device, device.StartsWith("iPhone", StringComparison.Ordinal) ? "iOS 17" : "Android 14");
    }

    /// <summary>People gather around the centre (a normal spread of ~2.5 km), kept inside the city's box.</summary>
    public GeoPoint StartPosition(City city) => Geo.Clamp(city, Geo.Offset(city.Centre, Normal() * 2500, Normal() * 2500));

    private Faker FakerFor(City city)
    {
        if (!_fakers.TryGetValue(city.Name, out var faker))
        {
            faker = new Faker(city.Locale) { Random = new Randomizer(seed * 31 + _fakers.Count) };
            _fakers[city.Name] = faker;
        }

        return faker;
    }

    private (string First, string Last) Name(City city, Faker faker)
    {
        var local = _random.NextDouble() < 0.6;
        return city.Country switch
        {
            "CI" when local => (IvorianFirst[_random.Next(IvorianFirst.Length)], IvorianLast[_random.Next(IvorianLast.Length)]),
            "CD" when local => (CongoleseFirst[_random.Next(CongoleseFirst.Length)], CongoleseLast[_random.Next(CongoleseLast.Length)]),
            _ => (faker.Name.FirstName(), faker.Name.LastName()),
        };
    }

    private VehicleInfo Vehicle(City city)
    {
        var (make, models) = Cars[_random.Next(Cars.Length)];
        string L() => ((char)('A' + _random.Next(26))).ToString();
        string D(int n) => _random.Next((int)Math.Pow(10, n - 1), (int)Math.Pow(10, n)).ToString(CultureInfo.InvariantCulture);
        var plate = city.Country switch
        {
            "CI" => $"{D(4)} {L()}{L()} 01",
            "CD" => $"{D(4)}{L()}{L()}01",
            _ => $"{L()}{L()}{L()}{L()} {D(3)}",
        };
        return new VehicleInfo(make, models[_random.Next(models.Length)], plate, Colors[_random.Next(Colors.Length)]);
    }

    private double Normal()
    {
        // Box–Muller, clipped to ±3 σ.
        var u1 = 1.0 - _random.NextDouble();
        var u2 = _random.NextDouble();
        return Math.Clamp(Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2), -3, 3);
    }
}
