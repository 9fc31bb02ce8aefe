package id.go.kupangkota.sasando.core.post;

/**
 * Why a tag was given: the category it supports, the term that matched and its character span
 * ({@code start} inclusive, {@code end} exclusive) in the post's original text, so the dashboard
 * can highlight exactly what triggered an alert.
 */
public record Evidence(String category, String term, int start, int end) {
}
