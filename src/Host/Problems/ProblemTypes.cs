namespace Upjunoo.Host.Problems;

/// <summary>Stable problem <c>type</c> URIs: one per error code, documented in the OpenAPI document.</summary>
public static class ProblemTypes
{
    public const string Base = "https://upjunoo.app/problems/";

    public static string Of(string code) => Base + code;

    public static string ForStatus(int status) => Base + "http-" + status;
}
