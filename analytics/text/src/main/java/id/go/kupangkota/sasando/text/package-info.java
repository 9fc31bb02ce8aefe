/**
 * Sasando's text analytics in plain Java: {@link id.go.kupangkota.sasando.text.Tagger} turns a post's
 * text into sentiment, emotion, risk with stance and evidence, topics, kecamatan and terms. Used by
 * the Spark enrich job, the {@code sasando tag} command and the dashboard.
 */
package id.go.kupangkota.sasando.text;
