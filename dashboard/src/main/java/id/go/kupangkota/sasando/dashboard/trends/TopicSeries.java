package id.go.kupangkota.sasando.dashboard.trends;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Posts per WITA day for each compared topic (days without posts count zero). */
public record TopicSeries(List<LocalDate> days, Map<String, List<Long>> counts) {
}
