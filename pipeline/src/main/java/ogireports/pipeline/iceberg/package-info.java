/**
 * The output as Apache Iceberg tables, for readers on object stores and query engines.
 *
 * <h2>Iceberg tables</h2>
 *
 * <p>A reader that globs {@code reports/*}{@code /*}{@code /*.parquet} lists files one by one, so
 * it can see half of a run on a store without an atomic rename. The same datasets are offered as
 * Iceberg tables, in a Hadoop catalog (a warehouse folder on the same storage): {@code
 * ogi.reports}, {@code ogi.applications}, {@code ogi.review_litigation}, {@code
 * ogi.active_disclosure}, {@code ogi.legacy_indicators}, {@code ogi.flags} (partitioned by {@code
 * province} and {@code year}) and {@code ogi.rejects}. Each run is one atomic snapshot per table
 * (an overwrite for a replacing run, an append for {@code --append}), tagged with the run id in the
 * snapshot summary ({@code ogi-reports.run-id}); the Parquet files are the run's own, registered
 * where the run left them, not copied. The tables are committed one after another: for a moment a
 * reader may see the new run in one table and the previous run in another (see {@link
 * ogireports.pipeline.iceberg.IcebergTables}). The Hive folders stay the default output; the
 * launcher's {@code --format=iceberg} makes the tables, with each run's files in {@code
 * <warehouse>/runs/<run id>/}, a folder no later run moves.
 *
 * <p>Spark 3.5 (with {@code org.apache.iceberg:iceberg-spark-runtime-3.5_2.12}):
 *
 * <pre>
 * spark-sql --packages org.apache.iceberg:iceberg-spark-runtime-3.5_2.12:1.6.1 \
 *   --conf spark.sql.extensions=org.apache.iceberg.spark.extensions.IcebergSparkSessionExtensions \
 *   --conf spark.sql.catalog.ogi_wh=org.apache.iceberg.spark.SparkCatalog \
 *   --conf spark.sql.catalog.ogi_wh.type=hadoop \
 *   --conf spark.sql.catalog.ogi_wh.warehouse=hdfs://namenode:8020/data/ogi-warehouse
 *
 * SELECT province, year, count(*) FROM ogi_wh.ogi.reports GROUP BY 1, 2;
 * SELECT * FROM ogi_wh.ogi.reports.snapshots;       -- one row per run, summary['ogi-reports.run-id']
 * SELECT * FROM ogi_wh.ogi.reports VERSION AS OF 1234567890;   -- an earlier run (time travel)
 * </pre>
 *
 * <p>Flink reads them the same way ({@code CREATE CATALOG ogi_wh WITH ('type'='iceberg',
 * 'catalog-type'='hadoop', 'warehouse'='…')}).
 *
 * <p>Trino: the Iceberg connector has no {@code hadoop} catalog type (its {@code
 * iceberg.catalog.type} is {@code hive_metastore}, {@code glue}, {@code jdbc}, {@code rest} or
 * {@code nessie}), so Trino needs the tables registered in one of those catalogs; with a Hive
 * metastore or a JDBC catalog, the {@code register_table} procedure adopts a table from its folder
 * without copying anything:
 *
 * <pre>
 * CALL iceberg.system.register_table(schema_name =&gt; 'ogi', table_name =&gt; 'reports',
 *     table_location =&gt; 'hdfs://namenode:8020/data/ogi-warehouse/ogi/reports');
 * </pre>
 *
 * <p>It is a snapshot of the table pointer: a catalog that registered the table keeps it at that
 * metadata file, so later runs must be committed through that catalog (or registered again).
 * Snowflake (external Iceberg tables on an object-store catalog integration) and BigQuery (BigLake
 * Iceberg tables) read a table from its metadata file in the same way, {@code
 * <warehouse>/ogi/<dataset>/metadata/v<N>.metadata.json}, the newest {@code N} (also named in
 * {@code metadata/version-hint.text}).
 *
 * <p>DuckDB, with its {@code iceberg} extension (downloaded by {@code INSTALL iceberg}):
 *
 * <pre>
 * INSTALL iceberg; LOAD iceberg;
 * SELECT province, year, count(*) FROM iceberg_scan('/data/ogi-warehouse/ogi/reports') GROUP BY ALL;
 * </pre>
 *
 * <p>(on a Hadoop-catalog folder DuckDB reads {@code metadata/version-hint.text}; older versions
 * may need {@code allow_moved_paths = true} or the metadata file's path).
 *
 * <p>On S3 or GCS the Hadoop catalog is not safe (it commits by renaming a file, which those stores
 * do not do atomically): use a catalog with its own commit there (REST, JDBC, Glue, Hive metastore,
 * Nessie).
 *
 * <p>Why Iceberg 1.6.1 and not the current release: the pipeline runs on Beam 2.62, which brings
 * Parquet 1.13.1 and Avro 1.11; Iceberg 1.6.1 is built against exactly those. Iceberg 1.7 moves to
 * Avro 1.12, and the 1.12 release fails at run time on Parquet 1.13 ({@code
 * LogicalTypeAnnotation$VariantLogicalTypeAnnotation} missing) and, with a newer Parquet, on Avro
 * 1.11 ({@code LogicalTypes.timestampNanos()} missing). Beam's own Iceberg IO ({@code
 * beam-sdks-java-io-iceberg}) is not used: the tables are made from the Parquet files the pipeline
 * already writes, after the run. The tables use format version 2, which every reader above
 * supports; a writer of a newer Iceberg version can still commit to them.
 */
package ogireports.pipeline.iceberg;
