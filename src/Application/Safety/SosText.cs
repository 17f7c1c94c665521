using System.Globalization;
using Upjunoo.Application.Localization;
using Upjunoo.Domain.Accounts;
using Upjunoo.Domain.Geo;
using Upjunoo.Domain.Identity;

namespace Upjunoo.Application.Safety;

/// <summary>The SOS message, in the user's language: their first name, a map link, and during a trip the car and its plate.</summary>
public static class SosText
{
    public static string MapLink(GeoPoint p) =>
        string.Create(CultureInfo.InvariantCulture, $"https://www.openstreetmap.org/?mlat={p.Lat:0.######}&mlon={p.Lng:0.######}");

    public static string Sms(string firstName, GeoPoint position, Vehicle? vehicle, Language language) =>
        vehicle is null
            ? Texts.Get("sos.sms", language, firstName, MapLink(position))
            : Texts.Get("sos.sms.trip", language, firstName, MapLink(position), vehicle.Make, vehicle.Model, vehicle.Color, vehicle.Plate);
}
