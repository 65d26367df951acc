package io.hibermongo.it.differential;

import java.util.Date;
import java.util.List;

import io.hibermongo.it.differential.model.Reading;
import org.bson.Document;
import org.bson.types.Decimal128;

/**
 * The rows the function differential queries read, chosen to trip a careless translation: NULLs in every
 * column, fields missing altogether, negative numbers and halves ({@code 2.5}, {@code -2.5}) where rounding
 * modes differ, leap days and the days around New Year where week numbers turn, dates before 1970 with
 * fractions of a second, the empty string, blanks and non-ASCII text.
 */
final class ReadingRows {

	private ReadingRows() {
	}

	static List<Reading> persisted() {
		return List.of(
				new Reading( 1L ).label( "Alpha" ).grp( "a" ).qty( 7 ).total( 100L ).ratio( 2.5 ).price( "2.500" ).enabled( true )
						.born( "2020-02-29" ).seen( "2020-02-29T23:59:59.500" ),
				new Reading( 2L ).label( "beta" ).grp( "a" ).qty( -7 ).total( -100L ).ratio( -2.5 ).price( "-2.500" ).enabled( false )
						.born( "2021-01-01" ).seen( "2021-01-01T00:00:00" ),
				new Reading( 3L ).label( "Gamma ray" ).grp( "b" ).qty( 3 ).total( 0L ).ratio( 1.25 ).price( "1.250" ).enabled( true )
						.born( "2021-01-03" ).seen( "2021-01-03T12:30:45.250" ),
				new Reading( 4L ).label( "" ).grp( "b" ).qty( 0 ).total( 9_000_000_000L ).ratio( -1.25 ).price( "-1.250" ).enabled( null )
						.born( "2021-01-04" ).seen( "2021-01-04T06:07:08.125" ),
				new Reading( 5L ).label( "  padded  " ).grp( null ).qty( null ).total( null ).ratio( null ).price( null ).enabled( null )
						.born( null ).seen( null ),
				new Reading( 6L ).label( "Ünïcödé ß" ).grp( "c" ).qty( 12 ).total( 7L ).ratio( 0.125 ).price( "0.125" ).enabled( false )
						.born( "1961-12-31" ).seen( "1961-03-01T10:15:30.250" ),
				new Reading( 7L ).label( "日本語テキスト" ).grp( "c" ).qty( -3 ).total( 3L ).ratio( 3.5 ).price( "3.500" ).enabled( true )
						.born( "2000-02-29" ).seen( "1999-12-31T23:59:59" ),
				new Reading( 8L ).label( "a-b-a-b" ).grp( null ).qty( 25 ).total( -5L ).ratio( -0.5 ).price( "-0.500" ).enabled( true )
						.born( "2020-12-31" ).seen( "2020-12-31T18:00:00" ),
				new Reading( 9L ).label( "MiXeD CaSe" ).grp( "b" ).qty( 15 ).total( 15L ).ratio( 9.99 ).price( "9.995" ).enabled( false )
						.born( "1900-03-01" ).seen( "2024-06-15T08:00:00.010" ),
				new Reading( 10L ).label( null ).grp( "a" ).qty( 1 ).total( 1L ).ratio( 100.0 ).price( "100.000" ).enabled( null )
						.born( "2024-02-29" ).seen( "2024-02-29T00:00:00.999" ) );
	}

	/**
	 * Documents written straight into MongoDB that lack fields altogether (or hold an explicit null), as a
	 * MongoDB user's existing data does; {@link #missingFieldsAsNulls()} are the same rows for H2.
	 */
	static List<Document> withMissingFields() {
		return List.of(
				new Document( "_id", 101L ),
				new Document( "_id", 102L ).append( "label", "ghost" ).append( "grp", null ).append( "qty", 4 )
						.append( "ratio", 0.5 ).append( "price", new Decimal128( new java.math.BigDecimal( "0.500" ) ) )
						.append( "born", new Date( java.time.LocalDate.parse( "2019-07-14" ).atStartOfDay( java.time.ZoneOffset.UTC ).toInstant().toEpochMilli() ) ),
				new Document( "_id", 103L ).append( "grp", "a" ).append( "qty", null ).append( "enabled", true ) );
	}

	static List<Reading> missingFieldsAsNulls() {
		return List.of(
				new Reading( 101L ),
				new Reading( 102L ).label( "ghost" ).qty( 4 ).ratio( 0.5 ).price( "0.500" ).born( "2019-07-14" ),
				new Reading( 103L ).grp( "a" ).enabled( true ) );
	}
}
