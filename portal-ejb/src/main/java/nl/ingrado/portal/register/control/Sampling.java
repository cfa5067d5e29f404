package nl.ingrado.portal.register.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The draw of a sample audit (steekproef), reproducible from its seed: the population in id order,
 * shuffled by {@code new Random(seed)}, and the first ceil(percentage × size / 100) taken, at least one
 * when there is anyone to draw. The same population and seed always give the same sample.
 */
public final class Sampling {

    private Sampling() {
    }

    public static int sampleSize(int population, BigDecimal percentage) {
        if (population == 0) {
            return 0;
        }
        int size = percentage.multiply(BigDecimal.valueOf(population))
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING).intValueExact();
        return Math.min(population, Math.max(1, size));
    }

    /** {@code population} must be in id order, as stored: the order is part of what makes the draw reproducible. */
    public static List<Long> draw(List<Long> population, BigDecimal percentage, long seed) {
        var shuffled = new ArrayList<>(population);
        Collections.shuffle(shuffled, new Random(seed));
        return List.copyOf(shuffled.subList(0, sampleSize(population.size(), percentage)));
    }
}
