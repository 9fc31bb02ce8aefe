/**
 * Civic topics of Kupang's public conversation (elections, public services, disasters, economy,
 * security) from commented keyword lexicons, for filtering and trend charts.
 */
package id.go.kupangkota.sasando.text.topic;
