/**
 * Loading of the commented data files (lexicons, word maps, gazetteer, models) that drive the
 * taggers, and the digest of them that makes up the pipeline version.
 */
package id.go.kupangkota.sasando.text.resource;
