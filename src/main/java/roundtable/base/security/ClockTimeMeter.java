package roundtable.base.security;

import io.github.bucket4j.TimeMeter;
import java.time.Clock;

/** Bucket4j's time from the application's Clock, so a test that moves the clock moves every limit's window. */
record ClockTimeMeter(Clock clock) implements TimeMeter {

    @Override
    public long currentTimeNanos() {
        var now = clock.instant();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    @Override
    public boolean isWallClockBased() {
        return true;
    }
}
