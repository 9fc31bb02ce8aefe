/**
 * Weighted phrase lexicons over normalised tokens (risk categories, topics, stance cues, places)
 * and the context rules that keep harmless senses of alarming words ("bom ikan") from matching.
 */
package id.go.kupangkota.sasando.text.lexicon;
