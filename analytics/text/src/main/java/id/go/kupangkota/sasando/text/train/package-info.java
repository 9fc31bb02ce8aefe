/**
 * Training programs for the shipped resources: the sentiment model (from SmSA and our own Kupang
 * posts), the emotion model (from EmoT) and the Kupang Malay word-map candidates (from the Bhinneka
 * Korpus). Run by hand; their outputs are committed under {@code src/main/resources/sasando/text}.
 */
package id.go.kupangkota.sasando.text.train;
