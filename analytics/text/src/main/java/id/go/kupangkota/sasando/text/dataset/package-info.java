/**
 * Readers and the deterministic train/dev/test split of the public labelled sets used to train
 * (SmSA, EmoT) and to evaluate (Netifier, Ibrohim) the taggers. The data stays outside the repository.
 */
package id.go.kupangkota.sasando.text.dataset;
