namespace Upjunoo.Application.Common;

/// <summary>Where new opaque ids and random secrets come from (so tests can make them predictable).</summary>
public interface IIdGenerator
{
    string NewId();
}
