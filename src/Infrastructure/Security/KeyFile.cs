using System.Security.Cryptography;

namespace Upjunoo.Infrastructure.Security;

/// <summary>
/// A secret key from configuration (base64), or, for zero set-up, one generated on first start and kept in the data
/// folder. Every node of a cluster must be given the same configured keys.
/// </summary>
public static class KeyFile
{
    public static byte[] LoadOrCreate(string? configuredBase64, string dataDirectory, string name, int bytes = 32)
    {
        if (!string.IsNullOrWhiteSpace(configuredBase64))
        {
            return Convert.FromBase64String(configuredBase64);
        }

        var folder = Path.Combine(dataDirectory, "keys");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".key");
        if (File.Exists(path))
        {
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }

        var key = RandomNumberGenerator.GetBytes(bytes);
        File.WriteAllText(path, Convert.ToBase64String(key));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return key;
    }
}
