/**
 * Training programs for the shipped resources: the sentiment and emotion models (from SmSA and
 * EmoT, each beside our own labelled Kupang posts) and the Kupang Malay word-map candidates (from the
 * Bhinneka Korpus). Run by hand; their outputs are committed under
 * {@code src/main/resources/sasando/text}.
 */
package id.go.kupangkota.sasando.text.train;
