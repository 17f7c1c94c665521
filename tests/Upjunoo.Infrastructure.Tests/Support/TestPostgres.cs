namespace Upjunoo.Infrastructure.Tests;

/// <summary>
/// The PostgreSQL server of the test run: <c>UPJUNOO_TEST_POSTGRES</c>, set by <c>./build.sh test</c> (which starts a
/// throwaway server). Tests in the "Postgres" category fail — never skip — when it is missing.
/// </summary>
public static class TestPostgres
{
    public const string Variable = "UPJUNOO_TEST_POSTGRES";

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"PostgreSQL tests need {Variable} (a Npgsql connection string). Run ./build.sh test, which starts a throwaway server.");
}
