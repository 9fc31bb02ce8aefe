/**
 * Readers and the deterministic train/dev/test split of the public labelled sets used to train
 * (SmSA, EmoT) and to evaluate (Netifier, Ibrohim) the taggers; that data stays outside the
 * repository. The team's own labelled Kupang posts (sentiment, emotion) are in it, as test resources.
 */
package id.go.kupangkota.sasando.text.dataset;
