/**
 * The gazetteer of Kota Kupang: kecamatan, kelurahan and landmarks, used to place a post in one of
 * the six kecamatan for the dashboard's map and filters.
 */
package id.go.kupangkota.sasando.text.place;
