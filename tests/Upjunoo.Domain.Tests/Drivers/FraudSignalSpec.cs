using Upjunoo.Domain.Drivers;

namespace Upjunoo.Domain.Tests.Drivers;

public class FraudSignalSpec
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Given_any_driver_When_an_impossible_jump_is_flagged_Then_a_signal_is_recorded_and_availability_is_unchanged()
    {
        var online = Driver.Evolve(Driver.Initial, new DriverEvent.V1.WentOnline(T0));

        var decision = Driver.Decide(new DriverCommand.FlagImpossibleJump(140, T0, T0.AddSeconds(1)), online);

        var flagged = Assert.IsType<DriverEvent.V1.ImpossibleJumpFlagged>(Assert.Single(decision.Events));
        Assert.Equal(140, flagged.ImpliedSpeedMps);
        Assert.Equal(DriverStatus.Available, decision.Events.Aggregate(online, Driver.Evolve).Status);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(0)]
    [InlineData(-5)]
    public void Given_a_meaningless_speed_When_flagged_Then_invalid(double speed)
    {
        var decision = Driver.Decide(new DriverCommand.FlagImpossibleJump(speed, T0, T0), Driver.Initial);

        Assert.Equal("driver.invalid-signal", decision.Rejection!.Code);
    }
}
