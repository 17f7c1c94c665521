using System.Reflection;
using Upjunoo.Application.Common;
using Upjunoo.Domain.Common;

namespace Upjunoo.Application.Tests;

/// <summary>Domain and Application stay pure: checked on the compiled assemblies, so it cannot rot.</summary>
public class ArchitectureSpec
{
    private static readonly string[] Forbidden =
        ["Akka", "Microsoft.AspNetCore", "Npgsql", "linq2db", "Microsoft.Data.Sqlite", "SQLitePCLRaw", "System.Data.SQLite", "Microsoft.EntityFrameworkCore"];

    private static IEnumerable<string> References(Assembly assembly) => assembly.GetReferencedAssemblies().Select(a => a.Name!);

    [Fact]
    public void Domain_references_nothing_but_the_base_library()
    {
        var references = References(typeof(IPersisted).Assembly).ToList();

        Assert.NotEmpty(references);
        Assert.All(references, name => Assert.True(
            name.StartsWith("System", StringComparison.Ordinal) || name is "netstandard" or "mscorlib",
            $"Upjunoo.Domain references {name}"));
    }

    [Fact]
    public void Application_references_no_actor_web_or_database_framework()
    {
        var references = References(typeof(Outcome<>).Assembly).ToList();

        Assert.Contains("Upjunoo.Domain", references);
        Assert.All(references, name => Assert.DoesNotContain(Forbidden, f => name.StartsWith(f, StringComparison.OrdinalIgnoreCase)));
    }
}
