package roundtable.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/** Makes one value from a seeded source of randomness, so a failing try can be made again from its seed. */
@FunctionalInterface
interface Gen<T> {

    T next(Random random);

    default <U> Gen<U> map(Function<? super T, ? extends U> f) {
        return random -> f.apply(next(random));
    }

    default Gen<List<T>> list(int maxSize) {
        return random -> {
            int size = random.nextInt(maxSize + 1);
            List<T> values = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                values.add(next(random));
            }
            return values;
        };
    }

    default Gen<T> orNull(double probability) {
        return random -> random.nextDouble() < probability ? null : next(random);
    }

    @SafeVarargs
    static <T> Gen<T> of(T... values) {
        return random -> values[random.nextInt(values.length)];
    }

    @SafeVarargs
    static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
        return random -> gens[random.nextInt(gens.length)].next(random);
    }

    /** Picks a generator in proportion to its weight: {@code weighted(3, a, 1, b)} uses a three times in four. */
    @SuppressWarnings("unchecked")
    static <T> Gen<T> weighted(Object... weightsAndGens) {
        return random -> {
            int total = 0;
            for (int i = 0; i < weightsAndGens.length; i += 2) {
                total += (Integer) weightsAndGens[i];
            }
            int pick = random.nextInt(total);
            for (int i = 0; i < weightsAndGens.length; i += 2) {
                pick -= (Integer) weightsAndGens[i];
                if (pick < 0) {
                    return ((Gen<T>) weightsAndGens[i + 1]).next(random);
                }
            }
            throw new IllegalStateException();
        };
    }

    static Gen<Integer> between(int min, int max) {
        return random -> min + (int) (random.nextLong((long) max - min + 1));
    }

    /** Any UTF-16 units at all, half surrogates and unassigned ones included. */
    static Gen<String> anyChars(int maxLength) {
        return random -> {
            char[] chars = new char[random.nextInt(maxLength + 1)];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = (char) random.nextInt(Character.MAX_VALUE + 1);
            }
            return new String(chars);
        };
    }
}
