package io.hibermongo.spring.boot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import io.hibermongo.dialect.MongoDialect;
import io.hibermongo.dialect.MongoSettings;
import io.hibermongo.spring.boot.internal.MongoJpaActivation;
import io.hibermongo.spring.boot.internal.OnMongoJpaCondition;
import io.hibermongo.spring.boot.internal.OnUrlOutsideBootPropertiesCondition;
import io.hibermongo.spring.boot.internal.RequiredVersions;
import io.hibermongo.spring.boot.internal.UrlMongoConnectionDetails;
import io.hibermongo.spring.boot.test.TestMongoConnectionDetails;
import org.hibernate.Version;
import org.hibernate.boot.model.naming.ImplicitNamingStrategy;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;
import org.hibernate.cfg.JdbcSettings;
import org.hibernate.cfg.ManagedBeanSettings;
import org.hibernate.engine.spi.SessionImplementor;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernateProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.hibernate.autoconfigure.HibernateSettings;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jpa.autoconfigure.JpaBaseConfiguration;
import org.springframework.boot.jpa.autoconfigure.JpaProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.mongodb.autoconfigure.PropertiesMongoConnectionDetails;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizationAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.orm.jpa.hibernate.SpringBeanContainer;
import org.springframework.orm.jpa.vendor.AbstractJpaVendorAdapter;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;
import org.springframework.transaction.jta.JtaTransactionManager;

import jakarta.persistence.EntityManager;

/**
 * Spring Boot's JPA set-up with the persistence unit on MongoDB and no {@code DataSource}: the
 * {@code entityManagerFactory} (entities found as Boot finds them, {@code spring.jpa.*} and
 * {@code spring.jpa.hibernate.*} applied, {@link HibernatePropertiesCustomizer}s honoured), a
 * {@code JpaTransactionManager}, the {@code EntityManagerFactoryBuilder} and open-EntityManager-in-view, as
 * Boot's own {@code HibernateJpaAutoConfiguration} gives them on a relational database (which backs off
 * once these beans exist).
 * <p>
 * The unit borrows Boot's {@code MongoClient} bean (so {@code spring.mongodb.*}, SSL bundles,
 * {@code MongoClientSettingsBuilderCustomizer}s, metrics and the {@code mongo} health indicator all apply
 * to it). A URL in {@code spring.jpa.properties.jakarta.persistence.jdbc.url} or Boot 3's
 * {@code spring.data.mongodb.uri} becomes Boot's connection when {@code spring.mongodb.*} names none; when
 * both name one, the JPA URL wins for the persistence unit, which then has a client of its own.
 */
@AutoConfiguration(after = { DataSourceAutoConfiguration.class, TransactionManagerCustomizationAutoConfiguration.class },
		before = { MongoAutoConfiguration.class, HibernateJpaAutoConfiguration.class, TransactionAutoConfiguration.class,
				DataSourceTransactionManagerAutoConfiguration.class })
@ConditionalOnClass({ LocalContainerEntityManagerFactoryBean.class, EntityManager.class, SessionImplementor.class,
		MongoClient.class })
@Conditional(OnMongoJpaCondition.class)
@EnableConfigurationProperties({ JpaProperties.class, HibernateProperties.class })
public class HibermongoAutoConfiguration extends JpaBaseConfiguration {

	private final HibernateProperties hibernateProperties;
	private final Environment environment;
	private final ObjectProvider<MongoClient> mongoClient;
	private final ObjectProvider<MongoClientSettings> mongoClientSettings;
	private final ObjectProvider<MongoConnectionDetails> connectionDetails;
	private final List<HibernatePropertiesCustomizer> customizers;

	HibermongoAutoConfiguration(JpaProperties jpaProperties, HibernateProperties hibernateProperties,
			Environment environment, ConfigurableListableBeanFactory beanFactory,
			ObjectProvider<JtaTransactionManager> jtaTransactionManager, ObjectProvider<MongoClient> mongoClient,
			ObjectProvider<MongoClientSettings> mongoClientSettings, ObjectProvider<MongoConnectionDetails> connectionDetails,
			ObjectProvider<PhysicalNamingStrategy> physicalNamingStrategy,
			ObjectProvider<ImplicitNamingStrategy> implicitNamingStrategy,
			ObjectProvider<HibernatePropertiesCustomizer> customizers) {
		// No DataSource: Hibernate's connections come from Hibermongo's connection provider.
		super( null, jpaProperties, jtaTransactionManager );
		this.hibernateProperties = hibernateProperties;
		this.environment = environment;
		this.mongoClient = mongoClient;
		this.mongoClientSettings = mongoClientSettings;
		this.connectionDetails = connectionDetails;
		this.customizers = new ArrayList<>();
		this.customizers.add( properties -> properties.put( ManagedBeanSettings.BEAN_CONTAINER, new SpringBeanContainer( beanFactory ) ) );
		physicalNamingStrategy.ifAvailable( strategy -> this.customizers.add( properties -> properties.put( "hibernate.physical_naming_strategy", strategy ) ) );
		implicitNamingStrategy.ifAvailable( strategy -> this.customizers.add( properties -> properties.put( "hibernate.implicit_naming_strategy", strategy ) ) );
		this.customizers.addAll( customizers.orderedStream().toList() );
	}

	/**
	 * The MongoDB connection named by the JPA URL or Boot 3's {@code spring.data.mongodb.uri}, when Boot's own
	 * {@code spring.mongodb.*} properties name none, so Boot's client is built from it.
	 */
	@Bean
	@ConditionalOnMissingBean(MongoConnectionDetails.class)
	@Conditional(OnUrlOutsideBootPropertiesCondition.class)
	UrlMongoConnectionDetails hibermongoConnectionDetails() {
		return new UrlMongoConnectionDetails( new ConnectionString( OnUrlOutsideBootPropertiesCondition.url( environment ) ) );
	}

	@Override
	protected AbstractJpaVendorAdapter createJpaVendorAdapter() {
		return new HibernateJpaVendorAdapter();
	}

	@Override
	protected Map<String, Object> getVendorProperties(DataSource dataSource) {
		List<HibernatePropertiesCustomizer> all = new ArrayList<>();
		if ( dataSource == null ) {
			// The unit on MongoDB; a unit built with a DataSource through the shared builder stays relational.
			RequiredVersions.check( Version.getVersionString(), RequiredVersions.driverOnClassPath() );
			all.add( this::connectToMongo );
		}
		all.addAll( customizers );
		return new LinkedHashMap<>( hibernateProperties.determineHibernateProperties( getProperties().getProperties(),
				new HibernateSettings().ddlAuto( this::defaultDdlAuto ).hibernatePropertiesCustomizers( all ) ) );
	}

	/** As Boot does for an embedded database: the in-process test server starts empty, real servers are left alone. */
	private String defaultDdlAuto() {
		return connectionDetails.getIfAvailable() instanceof TestMongoConnectionDetails ? "create-drop" : "none";
	}

	private void connectToMongo(Map<String, Object> properties) {
		properties.putIfAbsent( "hibernate.dialect", MongoDialect.class.getName() );
		if ( properties.containsKey( MongoSettings.CLIENT ) || properties.containsKey( MongoSettings.CLIENT_SETTINGS ) ) {
			return;
		}
		MongoConnectionDetails details = connectionDetails.getIfAvailable();
		String jpaUrl = MongoJpaActivation.jpaUrl( environment );
		if ( jpaUrl != null && details instanceof PropertiesMongoConnectionDetails ) {
			// spring.mongodb.* and the JPA URL both name a server: the JPA URL is the unit's.
			return;
		}
		// A URL the JPA properties still carry is ignored where a client or settings are given.
		MongoClient client = mongoClient.getIfUnique();
		MongoClientSettings settings = mongoClientSettings.getIfUnique();
		if ( client != null ) {
			properties.put( MongoSettings.CLIENT, client );
		}
		else if ( settings != null ) {
			// Boot's MongoAutoConfiguration is excluded, but its (or the user's) settings are there.
			properties.put( MongoSettings.CLIENT_SETTINGS, settings );
		}
		else if ( details != null ) {
			properties.put( JdbcSettings.JAKARTA_JDBC_URL, details.getConnectionString().getConnectionString() );
		}
		else {
			properties.put( JdbcSettings.JAKARTA_JDBC_URL, "mongodb://localhost/test" );
		}
		properties.putIfAbsent( MongoSettings.DATABASE, databaseName( details ) );
	}

	private String databaseName(MongoConnectionDetails details) {
		String configured = environment.getProperty( "spring.mongodb.database" );
		if ( configured != null ) {
			return configured;
		}
		String inUrl = details == null ? null : details.getConnectionString().getDatabase();
		return inUrl == null ? "test" : inUrl;
	}
}
