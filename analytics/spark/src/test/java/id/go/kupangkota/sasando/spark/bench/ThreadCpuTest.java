package id.go.kupangkota.sasando.spark.bench;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ThreadCpuTest {
    @Test
    void aThreadThatEndedDuringTheRunKeepsItsCpuTime() throws Exception {
        ThreadCpu cpu = ThreadCpu.start();
        Thread burner = new Thread(() -> {
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long until = threads.getCurrentThreadCpuTime() + 2_500_000_000L;
            long sink = 0;
            while (threads.getCurrentThreadCpuTime() < until) { // 2.5 s of this thread's CPU, however busy the machine
                sink += Long.numberOfTrailingZeros(sink + System.nanoTime());
            }
            if (sink == 42) {
                System.out.println(sink);
            }
        }, "elasticsearch-rest-client-test");
        burner.start();
        burner.join(); // gone from /proc before the sampler's final reading
        Thread.sleep(200);
        cpu.close();

        Map<String, Double> byKind = cpu.byKind();
        // 2.5 s of CPU, counted up to the last sample, a second or less before the thread ended
        assertThat(byKind.get("elasticsearch client")).isBetween(1.4, 2.7);
    }
}
