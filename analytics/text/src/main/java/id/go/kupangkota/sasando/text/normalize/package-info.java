/**
 * Normalisation of post text into standard Indonesian tokens with their original character spans:
 * links, mentions, hashtags and emoji split out, words written to dodge keyword filters folded to their
 * plain letters ("ｂｏｍ", "b\u200Bom"), slang and Kupang Malay mapped to Indonesian,
 * negation scope marked, words stemmed. Every other tagger works on its output.
 */
package id.go.kupangkota.sasando.text.normalize;
