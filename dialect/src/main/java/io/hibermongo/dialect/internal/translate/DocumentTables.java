package io.hibermongo.dialect.internal.translate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.hibermongo.dialect.FeatureNotSupportedException;
import io.hibermongo.dialect.internal.layout.DocumentLayout;
import io.hibermongo.dialect.internal.layout.DocumentPart;
import org.hibernate.metamodel.mapping.DiscriminatorValue;
import org.hibernate.metamodel.mapping.EntityDiscriminatorMapping;
import org.hibernate.metamodel.mapping.EntityMappingType;
import org.hibernate.metamodel.mapping.EntityValuedModelPart;
import org.hibernate.sql.ast.SqlAstJoinType;
import org.hibernate.sql.ast.tree.expression.ColumnReference;
import org.hibernate.sql.ast.tree.expression.Expression;
import org.hibernate.sql.ast.tree.expression.QueryLiteral;
import org.hibernate.sql.ast.tree.from.NamedTableReference;
import org.hibernate.sql.ast.tree.from.TableGroup;
import org.hibernate.sql.ast.tree.from.TableReference;
import org.hibernate.sql.ast.tree.from.TableReferenceJoin;
import org.hibernate.sql.ast.tree.from.UnionTableReference;
import org.hibernate.sql.ast.tree.predicate.InListPredicate;
import org.hibernate.sql.ast.tree.predicate.Predicate;
import org.hibernate.type.BasicType;

/**
 * The tables of one {@link TableGroup} that are parts of the same documents: the JOINED subclass tables and
 * secondary tables Hibernate joins to an entity's table by its key ({@link TableReferenceJoin}s), and the
 * group's own table when it is a subclass table ({@code from Dog}). They need no join: their columns are
 * fields of the document. What the joins meant relationally is kept as a restriction on the documents:
 * <ul>
 * <li>a subclass table read as the group's table or inner-joined holds a row only in documents of that
 * subclass or one of its subclasses, so it adds <code>{DTYPE: {$in: [the subclasses' discriminator values]}}</code>
 * (for {@code from Dog}: {@code ["Dog", "Puppy"]});</li>
 * <li>the root table joined to a subclass table is the document itself and adds nothing;</li>
 * <li>a left-joined subclass or secondary table adds nothing: where the document is of another class its
 * fields are missing, which reads as the NULLs of a left join that found no row;</li>
 * <li>an inner join to a secondary table that is not optional adds nothing, since its row exists whenever the
 * entity does; an inner join to an optional one is refused (Hibernate left-joins them).</li>
 * </ul>
 */
final class DocumentTables {

	private final Map<String, String> aliases = new HashMap<>();
	private final List<Predicate> restrictions = new ArrayList<>();

	private DocumentTables() {
	}

	/** The document tables of {@code group}, whose primary table reference is {@code primary}. */
	static DocumentTables of(TableGroup group, NamedTableReference primary, DocumentLayout layout, String description) {
		DocumentTables tables = new DocumentTables();
		// a TABLE_PER_CLASS entity is read through a union reference: its own collection, or the union of its classes'
		if ( primary instanceof UnionTableReference && !layout.isEntityTable( primary.getTableExpression() ) ) {
			// Hibernate narrows the union for type() in a condition and for treat(); its table expression is then SQL
			// text naming some of the classes' tables, which is never parsed (a read's root is read as the whole union)
			throw FeatureNotSupportedException.construct( "A join to a TABLE_PER_CLASS hierarchy narrowed by type() or treat()", description );
		}
		String collection = layout.collection( primary.getTableExpression() );
		tables.restrictSubclass( group, primary, layout );
		for ( TableReferenceJoin join : group.getTableReferenceJoins() ) {
			TableReference joined = join.getJoinedTableReference();
			String name = joined instanceof NamedTableReference named && !( named instanceof UnionTableReference )
					? named.getTableExpression() : null;
			DocumentPart part = name == null ? null : layout.part( name );
			if ( collection.equals( name ) ) {
				// the root table of a subclass's hierarchy (from Dog joins Animal): the document itself
				tables.aliases.put( joined.getIdentificationVariable(), name );
				continue;
			}
			if ( part == null || !part.collection().equals( collection ) ) {
				throw FeatureNotSupportedException.construct( "A join of table '" + joined.getTableId()
						+ "' inside the table group of '" + primary.getTableExpression() + "'", description );
			}
			tables.aliases.put( joined.getIdentificationVariable(), part.table() );
			if ( join.getJoinType() == SqlAstJoinType.INNER ) {
				if ( part.isSubclassTable() ) {
					tables.restrictSubclass( group, (NamedTableReference) joined, layout );
				}
				else if ( part.optional() ) {
					throw FeatureNotSupportedException.construct( "An inner join to the optional secondary table '"
							+ part.table() + "'", description );
				}
			}
			else if ( join.getJoinType() != SqlAstJoinType.LEFT ) {
				throw FeatureNotSupportedException.construct( "A " + join.getJoinType().name().toLowerCase()
						+ " join to table '" + part.table() + "'", description );
			}
		}
		return tables;
	}

	/** The tables read under other aliases than the group's own, by alias. */
	Map<String, String> aliases() {
		return aliases;
	}

	/** What the documents must satisfy for the subclass tables read to hold rows, or null. */
	Predicate restriction() {
		Predicate combined = null;
		for ( Predicate restriction : restrictions ) {
			combined = Predicate.combinePredicates( combined, restriction );
		}
		return combined;
	}

	/** When {@code table} is a JOINED subclass table: only documents of that subclass hold its row. */
	private void restrictSubclass(TableGroup group, NamedTableReference table, DocumentLayout layout) {
		DocumentPart part = layout.part( table.getTableExpression() );
		if ( part == null || !part.isSubclassTable() ) {
			return;
		}
		EntityMappingType subclass = entity( group, part.subclass() );
		EntityDiscriminatorMapping discriminator = subclass.getDiscriminatorMapping();
		BasicType<?> type = (BasicType<?>) discriminator.getJdbcMapping();
		List<Expression> values = new ArrayList<>();
		values.add( literal( subclass, type ) );
		for ( EntityMappingType sub : subclass.getSubMappingTypes() ) {
			values.add( literal( sub, type ) );
		}
		ColumnReference column = new ColumnReference( table.getIdentificationVariable(), discriminator.getSelectionExpression(),
				false, null, discriminator.getJdbcMapping() );
		restrictions.add( new InListPredicate( column, values ) );
	}

	/** The entity {@code name} of the hierarchy {@code group} reads. */
	private static EntityMappingType entity(TableGroup group, String name) {
		EntityMappingType root = ( (EntityValuedModelPart) group.getModelPart() ).getEntityMappingType().getRootEntityDescriptor();
		if ( root.getEntityName().equals( name ) ) {
			return root;
		}
		for ( EntityMappingType sub : root.getSubMappingTypes() ) {
			if ( sub.getEntityName().equals( name ) ) {
				return sub;
			}
		}
		throw new AssertionError( "The subclass table of '" + name + "' is read in a group of another hierarchy" );
	}

	/** The stored discriminator value of {@code entity} (a plain value: the layout refuses others at startup). */
	private static Expression literal(EntityMappingType entity, BasicType<?> type) {
		return new QueryLiteral<>( ( (DiscriminatorValue.Literal) entity.getDiscriminatorValue() ).value(), type );
	}
}
