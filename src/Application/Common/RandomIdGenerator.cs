namespace Upjunoo.Application.Common;

public sealed class RandomIdGenerator : IIdGenerator
{
    public string NewId() => Guid.CreateVersion7().ToString("N");
}
