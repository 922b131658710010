package roundtable.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The live objects of another JVM by class, from {@code jcmd <pid> GC.class_histogram}, which runs a full GC
 * first: what is left is what something still holds.
 */
record HeapHistogram(long totalBytes, Map<String, Long> bytesByClass) {

    static HeapHistogram of(long pid) throws IOException, InterruptedException {
        String jcmd = Paths.get(System.getProperty("java.home"), "bin", "jcmd").toString();
        Process process = new ProcessBuilder(jcmd, Long.toString(pid), "GC.class_histogram")
                .redirectErrorStream(true)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("jcmd failed: " + out);
        }
        Map<String, Long> byClass = new HashMap<>();
        long total = -1;
        for (String line : out.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 4 && f[0].endsWith(":")) {
                byClass.merge(f[3], Long.parseLong(f[2]), Long::sum);
            } else if (f.length == 3 && f[0].equals("Total")) {
                total = Long.parseLong(f[2]);
            }
        }
        if (total < 0) {
            throw new IllegalStateException("No total in jcmd's histogram: " + out);
        }
        return new HeapHistogram(total, byClass);
    }

    /** The classes that grew most since {@code before}, one line each with bytes per {@code per}. */
    String growthSince(HeapHistogram before, int top, int per) {
        Map<String, Long> growth = new HashMap<>();
        bytesByClass.forEach((cls, bytes) -> growth.put(cls, bytes - before.bytesByClass.getOrDefault(cls, 0L)));
        return growth.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .limit(top)
                .map(e -> String.format("    %10.0f B  %s", (double) e.getValue() / per, e.getKey()))
                .collect(Collectors.joining("\n"));
    }
}
