import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace cassandra_mesos. */
export namespace cassandra_mesos {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of a NodeResources.
         * @deprecated Use cassandra_mesos.v1.NodeResources.$Properties instead.
         */
        interface INodeResources extends cassandra_mesos.v1.NodeResources.$Properties {
        }

        /** Represents a NodeResources. */
        class NodeResources {

            /**
             * Constructs a new NodeResources.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassandra_mesos.v1.NodeResources.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NodeResources cpus. */
            cpus: number;

            /** NodeResources memMb. */
            memMb: number;

            /** NodeResources diskMb. */
            diskMb: number;

            /** NodeResources heapMb. */
            heapMb: number;

            /**
             * Creates a new NodeResources instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NodeResources instance
             */
            static create(properties: cassandra_mesos.v1.NodeResources.$Shape): cassandra_mesos.v1.NodeResources & cassandra_mesos.v1.NodeResources.$Shape;
            static create(properties?: cassandra_mesos.v1.NodeResources.$Properties): cassandra_mesos.v1.NodeResources;

            /**
             * Encodes the specified NodeResources message. Does not implicitly {@link cassandra_mesos.v1.NodeResources.verify|verify} messages.
             * @param message NodeResources message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassandra_mesos.v1.NodeResources.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified NodeResources message, length delimited. Does not implicitly {@link cassandra_mesos.v1.NodeResources.verify|verify} messages.
             * @param message NodeResources message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cassandra_mesos.v1.NodeResources.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NodeResources message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassandra_mesos.v1.NodeResources & cassandra_mesos.v1.NodeResources.$Shape} NodeResources
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassandra_mesos.v1.NodeResources & cassandra_mesos.v1.NodeResources.$Shape;

            /**
             * Decodes a NodeResources message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cassandra_mesos.v1.NodeResources & cassandra_mesos.v1.NodeResources.$Shape} NodeResources
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cassandra_mesos.v1.NodeResources & cassandra_mesos.v1.NodeResources.$Shape;

            /**
             * Verifies a NodeResources message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a NodeResources message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NodeResources
             */
            static fromObject(object: { [k: string]: any }): cassandra_mesos.v1.NodeResources;

            /**
             * Creates a plain object from a NodeResources message. Also converts values to other types if specified.
             * @param message NodeResources
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cassandra_mesos.v1.NodeResources, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NodeResources to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NodeResources
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NodeResources {

            /** Properties of a NodeResources. */
            interface $Properties {

                /** NodeResources cpus */
                cpus?: (number|null);

                /** NodeResources memMb */
                memMb?: (number|null);

                /** NodeResources diskMb */
                diskMb?: (number|null);

                /** NodeResources heapMb */
                heapMb?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NodeResources. */
            type $Shape = cassandra_mesos.v1.NodeResources.$Properties;
        }

        /**
         * Properties of a NodePorts.
         * @deprecated Use cassandra_mesos.v1.NodePorts.$Properties instead.
         */
        interface INodePorts extends cassandra_mesos.v1.NodePorts.$Properties {
        }

        /** Represents a NodePorts. */
        class NodePorts {

            /**
             * Constructs a new NodePorts.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassandra_mesos.v1.NodePorts.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NodePorts storage. */
            storage: number;

            /** NodePorts sslStorage. */
            sslStorage: number;

            /** NodePorts native. */
            native: number;

            /** NodePorts jmx. */
            jmx: number;

            /** NodePorts jolokia. */
            jolokia: number;

            /**
             * Creates a new NodePorts instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NodePorts instance
             */
            static create(properties: cassandra_mesos.v1.NodePorts.$Shape): cassandra_mesos.v1.NodePorts & cassandra_mesos.v1.NodePorts.$Shape;
            static create(properties?: cassandra_mesos.v1.NodePorts.$Properties): cassandra_mesos.v1.NodePorts;

            /**
             * Encodes the specified NodePorts message. Does not implicitly {@link cassandra_mesos.v1.NodePorts.verify|verify} messages.
             * @param message NodePorts message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassandra_mesos.v1.NodePorts.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified NodePorts message, length delimited. Does not implicitly {@link cassandra_mesos.v1.NodePorts.verify|verify} messages.
             * @param message NodePorts message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cassandra_mesos.v1.NodePorts.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NodePorts message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassandra_mesos.v1.NodePorts & cassandra_mesos.v1.NodePorts.$Shape} NodePorts
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassandra_mesos.v1.NodePorts & cassandra_mesos.v1.NodePorts.$Shape;

            /**
             * Decodes a NodePorts message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cassandra_mesos.v1.NodePorts & cassandra_mesos.v1.NodePorts.$Shape} NodePorts
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cassandra_mesos.v1.NodePorts & cassandra_mesos.v1.NodePorts.$Shape;

            /**
             * Verifies a NodePorts message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a NodePorts message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NodePorts
             */
            static fromObject(object: { [k: string]: any }): cassandra_mesos.v1.NodePorts;

            /**
             * Creates a plain object from a NodePorts message. Also converts values to other types if specified.
             * @param message NodePorts
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cassandra_mesos.v1.NodePorts, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NodePorts to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NodePorts
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NodePorts {

            /** Properties of a NodePorts. */
            interface $Properties {

                /** NodePorts storage */
                storage?: (number|null);

                /** NodePorts sslStorage */
                sslStorage?: (number|null);

                /** NodePorts native */
                native?: (number|null);

                /** NodePorts jmx */
                jmx?: (number|null);

                /** NodePorts jolokia */
                jolokia?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NodePorts. */
            type $Shape = cassandra_mesos.v1.NodePorts.$Properties;
        }

        /**
         * Properties of a RackDc.
         * @deprecated Use cassandra_mesos.v1.RackDc.$Properties instead.
         */
        interface IRackDc extends cassandra_mesos.v1.RackDc.$Properties {
        }

        /** Represents a RackDc. */
        class RackDc {

            /**
             * Constructs a new RackDc.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassandra_mesos.v1.RackDc.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RackDc rack. */
            rack: string;

            /** RackDc dc. */
            dc: string;

            /**
             * Creates a new RackDc instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RackDc instance
             */
            static create(properties: cassandra_mesos.v1.RackDc.$Shape): cassandra_mesos.v1.RackDc & cassandra_mesos.v1.RackDc.$Shape;
            static create(properties?: cassandra_mesos.v1.RackDc.$Properties): cassandra_mesos.v1.RackDc;

            /**
             * Encodes the specified RackDc message. Does not implicitly {@link cassandra_mesos.v1.RackDc.verify|verify} messages.
             * @param message RackDc message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassandra_mesos.v1.RackDc.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RackDc message, length delimited. Does not implicitly {@link cassandra_mesos.v1.RackDc.verify|verify} messages.
             * @param message RackDc message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cassandra_mesos.v1.RackDc.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RackDc message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassandra_mesos.v1.RackDc & cassandra_mesos.v1.RackDc.$Shape} RackDc
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassandra_mesos.v1.RackDc & cassandra_mesos.v1.RackDc.$Shape;

            /**
             * Decodes a RackDc message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cassandra_mesos.v1.RackDc & cassandra_mesos.v1.RackDc.$Shape} RackDc
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cassandra_mesos.v1.RackDc & cassandra_mesos.v1.RackDc.$Shape;

            /**
             * Verifies a RackDc message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RackDc message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RackDc
             */
            static fromObject(object: { [k: string]: any }): cassandra_mesos.v1.RackDc;

            /**
             * Creates a plain object from a RackDc message. Also converts values to other types if specified.
             * @param message RackDc
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cassandra_mesos.v1.RackDc, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RackDc to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RackDc
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RackDc {

            /** Properties of a RackDc. */
            interface $Properties {

                /** RackDc rack */
                rack?: (string|null);

                /** RackDc dc */
                dc?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RackDc. */
            type $Shape = cassandra_mesos.v1.RackDc.$Properties;
        }

        /**
         * Properties of an ArtifactUris.
         * @deprecated Use cassandra_mesos.v1.ArtifactUris.$Properties instead.
         */
        interface IArtifactUris extends cassandra_mesos.v1.ArtifactUris.$Properties {
        }

        /** Represents an ArtifactUris. */
        class ArtifactUris {

            /**
             * Constructs a new ArtifactUris.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassandra_mesos.v1.ArtifactUris.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ArtifactUris executor. */
            executor: string;

            /** ArtifactUris cassandra. */
            cassandra: string;

            /** ArtifactUris jolokia. */
            jolokia: string;

            /** ArtifactUris java. */
            java: string;

            /** ArtifactUris node. */
            node: string;

            /**
             * Creates a new ArtifactUris instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ArtifactUris instance
             */
            static create(properties: cassandra_mesos.v1.ArtifactUris.$Shape): cassandra_mesos.v1.ArtifactUris & cassandra_mesos.v1.ArtifactUris.$Shape;
            static create(properties?: cassandra_mesos.v1.ArtifactUris.$Properties): cassandra_mesos.v1.ArtifactUris;

            /**
             * Encodes the specified ArtifactUris message. Does not implicitly {@link cassandra_mesos.v1.ArtifactUris.verify|verify} messages.
             * @param message ArtifactUris message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassandra_mesos.v1.ArtifactUris.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ArtifactUris message, length delimited. Does not implicitly {@link cassandra_mesos.v1.ArtifactUris.verify|verify} messages.
             * @param message ArtifactUris message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cassandra_mesos.v1.ArtifactUris.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ArtifactUris message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassandra_mesos.v1.ArtifactUris & cassandra_mesos.v1.ArtifactUris.$Shape} ArtifactUris
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassandra_mesos.v1.ArtifactUris & cassandra_mesos.v1.ArtifactUris.$Shape;

            /**
             * Decodes an ArtifactUris message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cassandra_mesos.v1.ArtifactUris & cassandra_mesos.v1.ArtifactUris.$Shape} ArtifactUris
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cassandra_mesos.v1.ArtifactUris & cassandra_mesos.v1.ArtifactUris.$Shape;

            /**
             * Verifies an ArtifactUris message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an ArtifactUris message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ArtifactUris
             */
            static fromObject(object: { [k: string]: any }): cassandra_mesos.v1.ArtifactUris;

            /**
             * Creates a plain object from an ArtifactUris message. Also converts values to other types if specified.
             * @param message ArtifactUris
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cassandra_mesos.v1.ArtifactUris, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ArtifactUris to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ArtifactUris
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ArtifactUris {

            /** Properties of an ArtifactUris. */
            interface $Properties {

                /** ArtifactUris executor */
                executor?: (string|null);

                /** ArtifactUris cassandra */
                cassandra?: (string|null);

                /** ArtifactUris jolokia */
                jolokia?: (string|null);

                /** ArtifactUris java */
                java?: (string|null);

                /** ArtifactUris node */
                node?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ArtifactUris. */
            type $Shape = cassandra_mesos.v1.ArtifactUris.$Properties;
        }

        /** DataVolumeMode enum. */
        enum DataVolumeMode {

            /** DATA_VOLUME_MODE_UNSPECIFIED value */
            DATA_VOLUME_MODE_UNSPECIFIED = 0,

            /** PERSISTENT_VOLUME value */
            PERSISTENT_VOLUME = 1,

            /** SANDBOX value */
            SANDBOX = 2
        }

        /**
         * Properties of a FrameworkConfig.
         * @deprecated Use cassandra_mesos.v1.FrameworkConfig.$Properties instead.
         */
        interface IFrameworkConfig extends cassandra_mesos.v1.FrameworkConfig.$Properties {
        }

        /** Represents a FrameworkConfig. */
        class FrameworkConfig {

            /**
             * Constructs a new FrameworkConfig.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassandra_mesos.v1.FrameworkConfig.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FrameworkConfig frameworkName. */
            frameworkName: string;

            /** FrameworkConfig clusterName. */
            clusterName: string;

            /** FrameworkConfig nodeCount. */
            nodeCount: number;

            /** FrameworkConfig seedCount. */
            seedCount: number;

            /** FrameworkConfig resources. */
            resources?: (cassandra_mesos.v1.NodeResources.$Properties|null);

            /** FrameworkConfig ports. */
            ports?: (cassandra_mesos.v1.NodePorts.$Properties|null);

            /** FrameworkConfig role. */
            role: string;

            /** FrameworkConfig principal. */
            principal: string;

            /** FrameworkConfig failoverTimeoutSeconds. */
            failoverTimeoutSeconds: number;

            /** FrameworkConfig healthCheckIntervalSeconds. */
            healthCheckIntervalSeconds: number;

            /** FrameworkConfig bootstrapGraceSeconds. */
            bootstrapGraceSeconds: number;

            /** FrameworkConfig replaceTimeoutSeconds. */
            replaceTimeoutSeconds: number;

            /** FrameworkConfig artifacts. */
            artifacts?: (cassandra_mesos.v1.ArtifactUris.$Properties|null);

            /** FrameworkConfig cassandraVersion. */
            cassandraVersion: string;

            /** FrameworkConfig yamlOverrides. */
            yamlOverrides: { [k: string]: string };

            /** FrameworkConfig defaultRackDc. */
            defaultRackDc?: (cassandra_mesos.v1.RackDc.$Properties|null);

            /** FrameworkConfig dataVolumeMode. */
            dataVolumeMode: cassandra_mesos.v1.DataVolumeMode;

            /** FrameworkConfig numTokens. */
            numTokens: number;

            /** FrameworkConfig endpointSnitch. */
            endpointSnitch: string;

            /** FrameworkConfig autoReplace. */
            autoReplace: boolean;

            /** FrameworkConfig placementConstraints. */
            placementConstraints: string;

            /** FrameworkConfig repairIntervalDays. */
            repairIntervalDays: number;

            /** FrameworkConfig repairWindow. */
            repairWindow: string;

            /** FrameworkConfig initialTokens. */
            initialTokens?: (cassandra_mesos.v1.InitialTokens.$Properties|null);

            /**
             * Creates a new FrameworkConfig instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FrameworkConfig instance
             */
            static create(properties: cassandra_mesos.v1.FrameworkConfig.$Shape): cassandra_mesos.v1.FrameworkConfig & cassandra_mesos.v1.FrameworkConfig.$Shape;
            static create(properties?: cassandra_mesos.v1.FrameworkConfig.$Properties): cassandra_mesos.v1.FrameworkConfig;

            /**
             * Encodes the specified FrameworkConfig message. Does not implicitly {@link cassandra_mesos.v1.FrameworkConfig.verify|verify} messages.
             * @param message FrameworkConfig message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassandra_mesos.v1.FrameworkConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified FrameworkConfig message, length delimited. Does not implicitly {@link cassandra_mesos.v1.FrameworkConfig.verify|verify} messages.
             * @param message FrameworkConfig message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cassandra_mesos.v1.FrameworkConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FrameworkConfig message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassandra_mesos.v1.FrameworkConfig & cassandra_mesos.v1.FrameworkConfig.$Shape} FrameworkConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassandra_mesos.v1.FrameworkConfig & cassandra_mesos.v1.FrameworkConfig.$Shape;

            /**
             * Decodes a FrameworkConfig message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cassandra_mesos.v1.FrameworkConfig & cassandra_mesos.v1.FrameworkConfig.$Shape} FrameworkConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cassandra_mesos.v1.FrameworkConfig & cassandra_mesos.v1.FrameworkConfig.$Shape;

            /**
             * Verifies a FrameworkConfig message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FrameworkConfig message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FrameworkConfig
             */
            static fromObject(object: { [k: string]: any }): cassandra_mesos.v1.FrameworkConfig;

            /**
             * Creates a plain object from a FrameworkConfig message. Also converts values to other types if specified.
             * @param message FrameworkConfig
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cassandra_mesos.v1.FrameworkConfig, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FrameworkConfig to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for FrameworkConfig
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FrameworkConfig {

            /** Properties of a FrameworkConfig. */
            interface $Properties {

                /** FrameworkConfig frameworkName */
                frameworkName?: (string|null);

                /** FrameworkConfig clusterName */
                clusterName?: (string|null);

                /** FrameworkConfig nodeCount */
                nodeCount?: (number|null);

                /** FrameworkConfig seedCount */
                seedCount?: (number|null);

                /** FrameworkConfig resources */
                resources?: (cassandra_mesos.v1.NodeResources.$Properties|null);

                /** FrameworkConfig ports */
                ports?: (cassandra_mesos.v1.NodePorts.$Properties|null);

                /** FrameworkConfig role */
                role?: (string|null);

                /** FrameworkConfig principal */
                principal?: (string|null);

                /** FrameworkConfig failoverTimeoutSeconds */
                failoverTimeoutSeconds?: (number|null);

                /** FrameworkConfig healthCheckIntervalSeconds */
                healthCheckIntervalSeconds?: (number|null);

                /** FrameworkConfig bootstrapGraceSeconds */
                bootstrapGraceSeconds?: (number|null);

                /** FrameworkConfig replaceTimeoutSeconds */
                replaceTimeoutSeconds?: (number|null);

                /** FrameworkConfig artifacts */
                artifacts?: (cassandra_mesos.v1.ArtifactUris.$Properties|null);

                /** FrameworkConfig cassandraVersion */
                cassandraVersion?: (string|null);

                /** FrameworkConfig yamlOverrides */
                yamlOverrides?: ({ [k: string]: string }|null);

                /** FrameworkConfig defaultRackDc */
                defaultRackDc?: (cassandra_mesos.v1.RackDc.$Properties|null);

                /** FrameworkConfig dataVolumeMode */
                dataVolumeMode?: (cassandra_mesos.v1.DataVolumeMode|null);

                /** FrameworkConfig numTokens */
                numTokens?: (number|null);

                /** FrameworkConfig endpointSnitch */
                endpointSnitch?: (string|null);

                /** FrameworkConfig autoReplace */
                autoReplace?: (boolean|null);

                /** FrameworkConfig placementConstraints */
                placementConstraints?: (string|null);

                /** FrameworkConfig repairIntervalDays */
                repairIntervalDays?: (number|null);

                /** FrameworkConfig repairWindow */
                repairWindow?: (string|null);

                /** FrameworkConfig initialTokens */
                initialTokens?: (cassandra_mesos.v1.InitialTokens.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FrameworkConfig. */
            type $Shape = cassandra_mesos.v1.FrameworkConfig.$Properties;
        }

        /**
         * Properties of a NodeInitialTokens.
         * @deprecated Use cassandra_mesos.v1.NodeInitialTokens.$Properties instead.
         */
        interface INodeInitialTokens extends cassandra_mesos.v1.NodeInitialTokens.$Properties {
        }

        /** Represents a NodeInitialTokens. */
        class NodeInitialTokens {

            /**
             * Constructs a new NodeInitialTokens.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassandra_mesos.v1.NodeInitialTokens.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NodeInitialTokens nodeId. */
            nodeId: string;

            /** NodeInitialTokens backupNodeId. */
            backupNodeId: string;

            /** NodeInitialTokens tokens. */
            tokens: string[];

            /**
             * Creates a new NodeInitialTokens instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NodeInitialTokens instance
             */
            static create(properties: cassandra_mesos.v1.NodeInitialTokens.$Shape): cassandra_mesos.v1.NodeInitialTokens & cassandra_mesos.v1.NodeInitialTokens.$Shape;
            static create(properties?: cassandra_mesos.v1.NodeInitialTokens.$Properties): cassandra_mesos.v1.NodeInitialTokens;

            /**
             * Encodes the specified NodeInitialTokens message. Does not implicitly {@link cassandra_mesos.v1.NodeInitialTokens.verify|verify} messages.
             * @param message NodeInitialTokens message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassandra_mesos.v1.NodeInitialTokens.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified NodeInitialTokens message, length delimited. Does not implicitly {@link cassandra_mesos.v1.NodeInitialTokens.verify|verify} messages.
             * @param message NodeInitialTokens message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cassandra_mesos.v1.NodeInitialTokens.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NodeInitialTokens message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassandra_mesos.v1.NodeInitialTokens & cassandra_mesos.v1.NodeInitialTokens.$Shape} NodeInitialTokens
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassandra_mesos.v1.NodeInitialTokens & cassandra_mesos.v1.NodeInitialTokens.$Shape;

            /**
             * Decodes a NodeInitialTokens message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cassandra_mesos.v1.NodeInitialTokens & cassandra_mesos.v1.NodeInitialTokens.$Shape} NodeInitialTokens
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cassandra_mesos.v1.NodeInitialTokens & cassandra_mesos.v1.NodeInitialTokens.$Shape;

            /**
             * Verifies a NodeInitialTokens message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a NodeInitialTokens message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NodeInitialTokens
             */
            static fromObject(object: { [k: string]: any }): cassandra_mesos.v1.NodeInitialTokens;

            /**
             * Creates a plain object from a NodeInitialTokens message. Also converts values to other types if specified.
             * @param message NodeInitialTokens
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cassandra_mesos.v1.NodeInitialTokens, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NodeInitialTokens to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NodeInitialTokens
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NodeInitialTokens {

            /** Properties of a NodeInitialTokens. */
            interface $Properties {

                /** NodeInitialTokens nodeId */
                nodeId?: (string|null);

                /** NodeInitialTokens backupNodeId */
                backupNodeId?: (string|null);

                /** NodeInitialTokens tokens */
                tokens?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NodeInitialTokens. */
            type $Shape = cassandra_mesos.v1.NodeInitialTokens.$Properties;
        }

        /**
         * Properties of an InitialTokens.
         * @deprecated Use cassandra_mesos.v1.InitialTokens.$Properties instead.
         */
        interface IInitialTokens extends cassandra_mesos.v1.InitialTokens.$Properties {
        }

        /** Represents an InitialTokens. */
        class InitialTokens {

            /**
             * Constructs a new InitialTokens.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassandra_mesos.v1.InitialTokens.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** InitialTokens source. */
            source: string;

            /** InitialTokens location. */
            location: string;

            /** InitialTokens nodes. */
            nodes: cassandra_mesos.v1.NodeInitialTokens.$Properties[];

            /** InitialTokens problem. */
            problem: string;

            /**
             * Creates a new InitialTokens instance using the specified properties.
             * @param [properties] Properties to set
             * @returns InitialTokens instance
             */
            static create(properties: cassandra_mesos.v1.InitialTokens.$Shape): cassandra_mesos.v1.InitialTokens & cassandra_mesos.v1.InitialTokens.$Shape;
            static create(properties?: cassandra_mesos.v1.InitialTokens.$Properties): cassandra_mesos.v1.InitialTokens;

            /**
             * Encodes the specified InitialTokens message. Does not implicitly {@link cassandra_mesos.v1.InitialTokens.verify|verify} messages.
             * @param message InitialTokens message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassandra_mesos.v1.InitialTokens.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified InitialTokens message, length delimited. Does not implicitly {@link cassandra_mesos.v1.InitialTokens.verify|verify} messages.
             * @param message InitialTokens message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cassandra_mesos.v1.InitialTokens.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an InitialTokens message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassandra_mesos.v1.InitialTokens & cassandra_mesos.v1.InitialTokens.$Shape} InitialTokens
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassandra_mesos.v1.InitialTokens & cassandra_mesos.v1.InitialTokens.$Shape;

            /**
             * Decodes an InitialTokens message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cassandra_mesos.v1.InitialTokens & cassandra_mesos.v1.InitialTokens.$Shape} InitialTokens
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cassandra_mesos.v1.InitialTokens & cassandra_mesos.v1.InitialTokens.$Shape;

            /**
             * Verifies an InitialTokens message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an InitialTokens message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns InitialTokens
             */
            static fromObject(object: { [k: string]: any }): cassandra_mesos.v1.InitialTokens;

            /**
             * Creates a plain object from an InitialTokens message. Also converts values to other types if specified.
             * @param message InitialTokens
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cassandra_mesos.v1.InitialTokens, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this InitialTokens to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for InitialTokens
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace InitialTokens {

            /** Properties of an InitialTokens. */
            interface $Properties {

                /** InitialTokens source */
                source?: (string|null);

                /** InitialTokens location */
                location?: (string|null);

                /** InitialTokens nodes */
                nodes?: (cassandra_mesos.v1.NodeInitialTokens.$Properties[]|null);

                /** InitialTokens problem */
                problem?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an InitialTokens. */
            type $Shape = cassandra_mesos.v1.InitialTokens.$Properties;
        }

        /**
         * Properties of a ConfigVersion.
         * @deprecated Use cassandra_mesos.v1.ConfigVersion.$Properties instead.
         */
        interface IConfigVersion extends cassandra_mesos.v1.ConfigVersion.$Properties {
        }

        /** Represents a ConfigVersion. */
        class ConfigVersion {

            /**
             * Constructs a new ConfigVersion.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassandra_mesos.v1.ConfigVersion.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConfigVersion id. */
            id: string;

            /** ConfigVersion createdAtMs. */
            createdAtMs: number;

            /** ConfigVersion config. */
            config?: (cassandra_mesos.v1.FrameworkConfig.$Properties|null);

            /** ConfigVersion source. */
            source: string;

            /**
             * Creates a new ConfigVersion instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConfigVersion instance
             */
            static create(properties: cassandra_mesos.v1.ConfigVersion.$Shape): cassandra_mesos.v1.ConfigVersion & cassandra_mesos.v1.ConfigVersion.$Shape;
            static create(properties?: cassandra_mesos.v1.ConfigVersion.$Properties): cassandra_mesos.v1.ConfigVersion;

            /**
             * Encodes the specified ConfigVersion message. Does not implicitly {@link cassandra_mesos.v1.ConfigVersion.verify|verify} messages.
             * @param message ConfigVersion message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassandra_mesos.v1.ConfigVersion.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ConfigVersion message, length delimited. Does not implicitly {@link cassandra_mesos.v1.ConfigVersion.verify|verify} messages.
             * @param message ConfigVersion message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cassandra_mesos.v1.ConfigVersion.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConfigVersion message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassandra_mesos.v1.ConfigVersion & cassandra_mesos.v1.ConfigVersion.$Shape} ConfigVersion
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassandra_mesos.v1.ConfigVersion & cassandra_mesos.v1.ConfigVersion.$Shape;

            /**
             * Decodes a ConfigVersion message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cassandra_mesos.v1.ConfigVersion & cassandra_mesos.v1.ConfigVersion.$Shape} ConfigVersion
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cassandra_mesos.v1.ConfigVersion & cassandra_mesos.v1.ConfigVersion.$Shape;

            /**
             * Verifies a ConfigVersion message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ConfigVersion message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ConfigVersion
             */
            static fromObject(object: { [k: string]: any }): cassandra_mesos.v1.ConfigVersion;

            /**
             * Creates a plain object from a ConfigVersion message. Also converts values to other types if specified.
             * @param message ConfigVersion
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cassandra_mesos.v1.ConfigVersion, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ConfigVersion to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ConfigVersion
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConfigVersion {

            /** Properties of a ConfigVersion. */
            interface $Properties {

                /** ConfigVersion id */
                id?: (string|null);

                /** ConfigVersion createdAtMs */
                createdAtMs?: (number|null);

                /** ConfigVersion config */
                config?: (cassandra_mesos.v1.FrameworkConfig.$Properties|null);

                /** ConfigVersion source */
                source?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConfigVersion. */
            type $Shape = cassandra_mesos.v1.ConfigVersion.$Properties;
        }

        /**
         * Properties of a ConfigTarget.
         * @deprecated Use cassandra_mesos.v1.ConfigTarget.$Properties instead.
         */
        interface IConfigTarget extends cassandra_mesos.v1.ConfigTarget.$Properties {
        }

        /** Represents a ConfigTarget. */
        class ConfigTarget {

            /**
             * Constructs a new ConfigTarget.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassandra_mesos.v1.ConfigTarget.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConfigTarget targetId. */
            targetId: string;

            /** ConfigTarget previousTargetId. */
            previousTargetId: string;

            /** ConfigTarget rejectedErrors. */
            rejectedErrors: cassandra_mesos.v1.ConfigError.$Properties[];

            /** ConfigTarget rejectedAtMs. */
            rejectedAtMs: number;

            /** ConfigTarget envFingerprint. */
            envFingerprint: string;

            /**
             * Creates a new ConfigTarget instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConfigTarget instance
             */
            static create(properties: cassandra_mesos.v1.ConfigTarget.$Shape): cassandra_mesos.v1.ConfigTarget & cassandra_mesos.v1.ConfigTarget.$Shape;
            static create(properties?: cassandra_mesos.v1.ConfigTarget.$Properties): cassandra_mesos.v1.ConfigTarget;

            /**
             * Encodes the specified ConfigTarget message. Does not implicitly {@link cassandra_mesos.v1.ConfigTarget.verify|verify} messages.
             * @param message ConfigTarget message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassandra_mesos.v1.ConfigTarget.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ConfigTarget message, length delimited. Does not implicitly {@link cassandra_mesos.v1.ConfigTarget.verify|verify} messages.
             * @param message ConfigTarget message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cassandra_mesos.v1.ConfigTarget.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConfigTarget message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassandra_mesos.v1.ConfigTarget & cassandra_mesos.v1.ConfigTarget.$Shape} ConfigTarget
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassandra_mesos.v1.ConfigTarget & cassandra_mesos.v1.ConfigTarget.$Shape;

            /**
             * Decodes a ConfigTarget message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cassandra_mesos.v1.ConfigTarget & cassandra_mesos.v1.ConfigTarget.$Shape} ConfigTarget
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cassandra_mesos.v1.ConfigTarget & cassandra_mesos.v1.ConfigTarget.$Shape;

            /**
             * Verifies a ConfigTarget message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ConfigTarget message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ConfigTarget
             */
            static fromObject(object: { [k: string]: any }): cassandra_mesos.v1.ConfigTarget;

            /**
             * Creates a plain object from a ConfigTarget message. Also converts values to other types if specified.
             * @param message ConfigTarget
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cassandra_mesos.v1.ConfigTarget, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ConfigTarget to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ConfigTarget
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConfigTarget {

            /** Properties of a ConfigTarget. */
            interface $Properties {

                /** ConfigTarget targetId */
                targetId?: (string|null);

                /** ConfigTarget previousTargetId */
                previousTargetId?: (string|null);

                /** ConfigTarget rejectedErrors */
                rejectedErrors?: (cassandra_mesos.v1.ConfigError.$Properties[]|null);

                /** ConfigTarget rejectedAtMs */
                rejectedAtMs?: (number|null);

                /** ConfigTarget envFingerprint */
                envFingerprint?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConfigTarget. */
            type $Shape = cassandra_mesos.v1.ConfigTarget.$Properties;
        }

        /**
         * Properties of a ConfigError.
         * @deprecated Use cassandra_mesos.v1.ConfigError.$Properties instead.
         */
        interface IConfigError extends cassandra_mesos.v1.ConfigError.$Properties {
        }

        /** Represents a ConfigError. */
        class ConfigError {

            /**
             * Constructs a new ConfigError.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassandra_mesos.v1.ConfigError.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConfigError field. */
            field: string;

            /** ConfigError code. */
            code: string;

            /** ConfigError message. */
            message: string;

            /**
             * Creates a new ConfigError instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConfigError instance
             */
            static create(properties: cassandra_mesos.v1.ConfigError.$Shape): cassandra_mesos.v1.ConfigError & cassandra_mesos.v1.ConfigError.$Shape;
            static create(properties?: cassandra_mesos.v1.ConfigError.$Properties): cassandra_mesos.v1.ConfigError;

            /**
             * Encodes the specified ConfigError message. Does not implicitly {@link cassandra_mesos.v1.ConfigError.verify|verify} messages.
             * @param message ConfigError message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassandra_mesos.v1.ConfigError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ConfigError message, length delimited. Does not implicitly {@link cassandra_mesos.v1.ConfigError.verify|verify} messages.
             * @param message ConfigError message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cassandra_mesos.v1.ConfigError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConfigError message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassandra_mesos.v1.ConfigError & cassandra_mesos.v1.ConfigError.$Shape} ConfigError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassandra_mesos.v1.ConfigError & cassandra_mesos.v1.ConfigError.$Shape;

            /**
             * Decodes a ConfigError message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cassandra_mesos.v1.ConfigError & cassandra_mesos.v1.ConfigError.$Shape} ConfigError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cassandra_mesos.v1.ConfigError & cassandra_mesos.v1.ConfigError.$Shape;

            /**
             * Verifies a ConfigError message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ConfigError message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ConfigError
             */
            static fromObject(object: { [k: string]: any }): cassandra_mesos.v1.ConfigError;

            /**
             * Creates a plain object from a ConfigError message. Also converts values to other types if specified.
             * @param message ConfigError
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cassandra_mesos.v1.ConfigError, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ConfigError to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ConfigError
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConfigError {

            /** Properties of a ConfigError. */
            interface $Properties {

                /** ConfigError field */
                field?: (string|null);

                /** ConfigError code */
                code?: (string|null);

                /** ConfigError message */
                message?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConfigError. */
            type $Shape = cassandra_mesos.v1.ConfigError.$Properties;
        }

        /**
         * Properties of a CassandraNodeInfo.
         * @deprecated Use cassandra_mesos.v1.CassandraNodeInfo.$Properties instead.
         */
        interface ICassandraNodeInfo extends cassandra_mesos.v1.CassandraNodeInfo.$Properties {
        }

        /** Represents a CassandraNodeInfo. */
        class CassandraNodeInfo {

            /**
             * Constructs a new CassandraNodeInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassandra_mesos.v1.CassandraNodeInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CassandraNodeInfo operationMode. */
            operationMode: string;

            /** CassandraNodeInfo initialized. */
            initialized: boolean;

            /** CassandraNodeInfo joined. */
            joined: boolean;

            /** CassandraNodeInfo gossipRunning. */
            gossipRunning: boolean;

            /** CassandraNodeInfo nativeTransportRunning. */
            nativeTransportRunning: boolean;

            /** CassandraNodeInfo hostId. */
            hostId: string;

            /** CassandraNodeInfo tokenCount. */
            tokenCount: number;

            /** CassandraNodeInfo dataCenter. */
            dataCenter: string;

            /** CassandraNodeInfo rack. */
            rack: string;

            /** CassandraNodeInfo releaseVersion. */
            releaseVersion: string;

            /** CassandraNodeInfo clusterName. */
            clusterName: string;

            /** CassandraNodeInfo loadBytes. */
            loadBytes: number;

            /** CassandraNodeInfo liveNodes. */
            liveNodes: string[];

            /** CassandraNodeInfo unreachableNodes. */
            unreachableNodes: string[];

            /** CassandraNodeInfo uptimeMs. */
            uptimeMs: number;

            /** CassandraNodeInfo endpoint. */
            endpoint: string;

            /**
             * Creates a new CassandraNodeInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CassandraNodeInfo instance
             */
            static create(properties: cassandra_mesos.v1.CassandraNodeInfo.$Shape): cassandra_mesos.v1.CassandraNodeInfo & cassandra_mesos.v1.CassandraNodeInfo.$Shape;
            static create(properties?: cassandra_mesos.v1.CassandraNodeInfo.$Properties): cassandra_mesos.v1.CassandraNodeInfo;

            /**
             * Encodes the specified CassandraNodeInfo message. Does not implicitly {@link cassandra_mesos.v1.CassandraNodeInfo.verify|verify} messages.
             * @param message CassandraNodeInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassandra_mesos.v1.CassandraNodeInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CassandraNodeInfo message, length delimited. Does not implicitly {@link cassandra_mesos.v1.CassandraNodeInfo.verify|verify} messages.
             * @param message CassandraNodeInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cassandra_mesos.v1.CassandraNodeInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CassandraNodeInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassandra_mesos.v1.CassandraNodeInfo & cassandra_mesos.v1.CassandraNodeInfo.$Shape} CassandraNodeInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassandra_mesos.v1.CassandraNodeInfo & cassandra_mesos.v1.CassandraNodeInfo.$Shape;

            /**
             * Decodes a CassandraNodeInfo message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cassandra_mesos.v1.CassandraNodeInfo & cassandra_mesos.v1.CassandraNodeInfo.$Shape} CassandraNodeInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cassandra_mesos.v1.CassandraNodeInfo & cassandra_mesos.v1.CassandraNodeInfo.$Shape;

            /**
             * Verifies a CassandraNodeInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CassandraNodeInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CassandraNodeInfo
             */
            static fromObject(object: { [k: string]: any }): cassandra_mesos.v1.CassandraNodeInfo;

            /**
             * Creates a plain object from a CassandraNodeInfo message. Also converts values to other types if specified.
             * @param message CassandraNodeInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cassandra_mesos.v1.CassandraNodeInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CassandraNodeInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CassandraNodeInfo
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CassandraNodeInfo {

            /** Properties of a CassandraNodeInfo. */
            interface $Properties {

                /** CassandraNodeInfo operationMode */
                operationMode?: (string|null);

                /** CassandraNodeInfo initialized */
                initialized?: (boolean|null);

                /** CassandraNodeInfo joined */
                joined?: (boolean|null);

                /** CassandraNodeInfo gossipRunning */
                gossipRunning?: (boolean|null);

                /** CassandraNodeInfo nativeTransportRunning */
                nativeTransportRunning?: (boolean|null);

                /** CassandraNodeInfo hostId */
                hostId?: (string|null);

                /** CassandraNodeInfo tokenCount */
                tokenCount?: (number|null);

                /** CassandraNodeInfo dataCenter */
                dataCenter?: (string|null);

                /** CassandraNodeInfo rack */
                rack?: (string|null);

                /** CassandraNodeInfo releaseVersion */
                releaseVersion?: (string|null);

                /** CassandraNodeInfo clusterName */
                clusterName?: (string|null);

                /** CassandraNodeInfo loadBytes */
                loadBytes?: (number|null);

                /** CassandraNodeInfo liveNodes */
                liveNodes?: (string[]|null);

                /** CassandraNodeInfo unreachableNodes */
                unreachableNodes?: (string[]|null);

                /** CassandraNodeInfo uptimeMs */
                uptimeMs?: (number|null);

                /** CassandraNodeInfo endpoint */
                endpoint?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CassandraNodeInfo. */
            type $Shape = cassandra_mesos.v1.CassandraNodeInfo.$Properties;
        }

        /**
         * Properties of a HealthCheckDetails.
         * @deprecated Use cassandra_mesos.v1.HealthCheckDetails.$Properties instead.
         */
        interface IHealthCheckDetails extends cassandra_mesos.v1.HealthCheckDetails.$Properties {
        }

        /** Represents a HealthCheckDetails. */
        class HealthCheckDetails {

            /**
             * Constructs a new HealthCheckDetails.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassandra_mesos.v1.HealthCheckDetails.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HealthCheckDetails healthy. */
            healthy: boolean;

            /** HealthCheckDetails message. */
            message: string;

            /** HealthCheckDetails info. */
            info?: (cassandra_mesos.v1.CassandraNodeInfo.$Properties|null);

            /** HealthCheckDetails checkedAtMs. */
            checkedAtMs: number;

            /** HealthCheckDetails roundTripMs. */
            roundTripMs: number;

            /**
             * Creates a new HealthCheckDetails instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HealthCheckDetails instance
             */
            static create(properties: cassandra_mesos.v1.HealthCheckDetails.$Shape): cassandra_mesos.v1.HealthCheckDetails & cassandra_mesos.v1.HealthCheckDetails.$Shape;
            static create(properties?: cassandra_mesos.v1.HealthCheckDetails.$Properties): cassandra_mesos.v1.HealthCheckDetails;

            /**
             * Encodes the specified HealthCheckDetails message. Does not implicitly {@link cassandra_mesos.v1.HealthCheckDetails.verify|verify} messages.
             * @param message HealthCheckDetails message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassandra_mesos.v1.HealthCheckDetails.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified HealthCheckDetails message, length delimited. Does not implicitly {@link cassandra_mesos.v1.HealthCheckDetails.verify|verify} messages.
             * @param message HealthCheckDetails message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cassandra_mesos.v1.HealthCheckDetails.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HealthCheckDetails message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassandra_mesos.v1.HealthCheckDetails & cassandra_mesos.v1.HealthCheckDetails.$Shape} HealthCheckDetails
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassandra_mesos.v1.HealthCheckDetails & cassandra_mesos.v1.HealthCheckDetails.$Shape;

            /**
             * Decodes a HealthCheckDetails message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cassandra_mesos.v1.HealthCheckDetails & cassandra_mesos.v1.HealthCheckDetails.$Shape} HealthCheckDetails
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cassandra_mesos.v1.HealthCheckDetails & cassandra_mesos.v1.HealthCheckDetails.$Shape;

            /**
             * Verifies a HealthCheckDetails message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a HealthCheckDetails message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HealthCheckDetails
             */
            static fromObject(object: { [k: string]: any }): cassandra_mesos.v1.HealthCheckDetails;

            /**
             * Creates a plain object from a HealthCheckDetails message. Also converts values to other types if specified.
             * @param message HealthCheckDetails
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cassandra_mesos.v1.HealthCheckDetails, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HealthCheckDetails to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for HealthCheckDetails
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HealthCheckDetails {

            /** Properties of a HealthCheckDetails. */
            interface $Properties {

                /** HealthCheckDetails healthy */
                healthy?: (boolean|null);

                /** HealthCheckDetails message */
                message?: (string|null);

                /** HealthCheckDetails info */
                info?: (cassandra_mesos.v1.CassandraNodeInfo.$Properties|null);

                /** HealthCheckDetails checkedAtMs */
                checkedAtMs?: (number|null);

                /** HealthCheckDetails roundTripMs */
                roundTripMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HealthCheckDetails. */
            type $Shape = cassandra_mesos.v1.HealthCheckDetails.$Properties;
        }

        /**
         * Properties of a NodeHealthSummary.
         * @deprecated Use cassandra_mesos.v1.NodeHealthSummary.$Properties instead.
         */
        interface INodeHealthSummary extends cassandra_mesos.v1.NodeHealthSummary.$Properties {
        }

        /** Represents a NodeHealthSummary. */
        class NodeHealthSummary {

            /**
             * Constructs a new NodeHealthSummary.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassandra_mesos.v1.NodeHealthSummary.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NodeHealthSummary healthy. */
            healthy: boolean;

            /** NodeHealthSummary operationMode. */
            operationMode: string;

            /** NodeHealthSummary nativeTransportRunning. */
            nativeTransportRunning: boolean;

            /** NodeHealthSummary checkedAtMs. */
            checkedAtMs: number;

            /** NodeHealthSummary liveNodeCount. */
            liveNodeCount: number;

            /** NodeHealthSummary unreachableNodeCount. */
            unreachableNodeCount: number;

            /** NodeHealthSummary loadBytes. */
            loadBytes: number;

            /** NodeHealthSummary releaseVersion. */
            releaseVersion: string;

            /** NodeHealthSummary message. */
            message: string;

            /**
             * Creates a new NodeHealthSummary instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NodeHealthSummary instance
             */
            static create(properties: cassandra_mesos.v1.NodeHealthSummary.$Shape): cassandra_mesos.v1.NodeHealthSummary & cassandra_mesos.v1.NodeHealthSummary.$Shape;
            static create(properties?: cassandra_mesos.v1.NodeHealthSummary.$Properties): cassandra_mesos.v1.NodeHealthSummary;

            /**
             * Encodes the specified NodeHealthSummary message. Does not implicitly {@link cassandra_mesos.v1.NodeHealthSummary.verify|verify} messages.
             * @param message NodeHealthSummary message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassandra_mesos.v1.NodeHealthSummary.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified NodeHealthSummary message, length delimited. Does not implicitly {@link cassandra_mesos.v1.NodeHealthSummary.verify|verify} messages.
             * @param message NodeHealthSummary message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cassandra_mesos.v1.NodeHealthSummary.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NodeHealthSummary message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassandra_mesos.v1.NodeHealthSummary & cassandra_mesos.v1.NodeHealthSummary.$Shape} NodeHealthSummary
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassandra_mesos.v1.NodeHealthSummary & cassandra_mesos.v1.NodeHealthSummary.$Shape;

            /**
             * Decodes a NodeHealthSummary message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cassandra_mesos.v1.NodeHealthSummary & cassandra_mesos.v1.NodeHealthSummary.$Shape} NodeHealthSummary
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cassandra_mesos.v1.NodeHealthSummary & cassandra_mesos.v1.NodeHealthSummary.$Shape;

            /**
             * Verifies a NodeHealthSummary message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a NodeHealthSummary message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NodeHealthSummary
             */
            static fromObject(object: { [k: string]: any }): cassandra_mesos.v1.NodeHealthSummary;

            /**
             * Creates a plain object from a NodeHealthSummary message. Also converts values to other types if specified.
             * @param message NodeHealthSummary
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cassandra_mesos.v1.NodeHealthSummary, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NodeHealthSummary to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NodeHealthSummary
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NodeHealthSummary {

            /** Properties of a NodeHealthSummary. */
            interface $Properties {

                /** NodeHealthSummary healthy */
                healthy?: (boolean|null);

                /** NodeHealthSummary operationMode */
                operationMode?: (string|null);

                /** NodeHealthSummary nativeTransportRunning */
                nativeTransportRunning?: (boolean|null);

                /** NodeHealthSummary checkedAtMs */
                checkedAtMs?: (number|null);

                /** NodeHealthSummary liveNodeCount */
                liveNodeCount?: (number|null);

                /** NodeHealthSummary unreachableNodeCount */
                unreachableNodeCount?: (number|null);

                /** NodeHealthSummary loadBytes */
                loadBytes?: (number|null);

                /** NodeHealthSummary releaseVersion */
                releaseVersion?: (string|null);

                /** NodeHealthSummary message */
                message?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NodeHealthSummary. */
            type $Shape = cassandra_mesos.v1.NodeHealthSummary.$Properties;
        }

        /**
         * Properties of a HealthHistoryEntry.
         * @deprecated Use cassandra_mesos.v1.HealthHistoryEntry.$Properties instead.
         */
        interface IHealthHistoryEntry extends cassandra_mesos.v1.HealthHistoryEntry.$Properties {
        }

        /** Represents a HealthHistoryEntry. */
        class HealthHistoryEntry {

            /**
             * Constructs a new HealthHistoryEntry.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassandra_mesos.v1.HealthHistoryEntry.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HealthHistoryEntry firstSeenMs. */
            firstSeenMs: number;

            /** HealthHistoryEntry lastSeenMs. */
            lastSeenMs: number;

            /** HealthHistoryEntry count. */
            count: number;

            /** HealthHistoryEntry summary. */
            summary?: (cassandra_mesos.v1.NodeHealthSummary.$Properties|null);

            /**
             * Creates a new HealthHistoryEntry instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HealthHistoryEntry instance
             */
            static create(properties: cassandra_mesos.v1.HealthHistoryEntry.$Shape): cassandra_mesos.v1.HealthHistoryEntry & cassandra_mesos.v1.HealthHistoryEntry.$Shape;
            static create(properties?: cassandra_mesos.v1.HealthHistoryEntry.$Properties): cassandra_mesos.v1.HealthHistoryEntry;

            /**
             * Encodes the specified HealthHistoryEntry message. Does not implicitly {@link cassandra_mesos.v1.HealthHistoryEntry.verify|verify} messages.
             * @param message HealthHistoryEntry message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassandra_mesos.v1.HealthHistoryEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified HealthHistoryEntry message, length delimited. Does not implicitly {@link cassandra_mesos.v1.HealthHistoryEntry.verify|verify} messages.
             * @param message HealthHistoryEntry message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cassandra_mesos.v1.HealthHistoryEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HealthHistoryEntry message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassandra_mesos.v1.HealthHistoryEntry & cassandra_mesos.v1.HealthHistoryEntry.$Shape} HealthHistoryEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassandra_mesos.v1.HealthHistoryEntry & cassandra_mesos.v1.HealthHistoryEntry.$Shape;

            /**
             * Decodes a HealthHistoryEntry message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cassandra_mesos.v1.HealthHistoryEntry & cassandra_mesos.v1.HealthHistoryEntry.$Shape} HealthHistoryEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cassandra_mesos.v1.HealthHistoryEntry & cassandra_mesos.v1.HealthHistoryEntry.$Shape;

            /**
             * Verifies a HealthHistoryEntry message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a HealthHistoryEntry message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HealthHistoryEntry
             */
            static fromObject(object: { [k: string]: any }): cassandra_mesos.v1.HealthHistoryEntry;

            /**
             * Creates a plain object from a HealthHistoryEntry message. Also converts values to other types if specified.
             * @param message HealthHistoryEntry
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cassandra_mesos.v1.HealthHistoryEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HealthHistoryEntry to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for HealthHistoryEntry
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HealthHistoryEntry {

            /** Properties of a HealthHistoryEntry. */
            interface $Properties {

                /** HealthHistoryEntry firstSeenMs */
                firstSeenMs?: (number|null);

                /** HealthHistoryEntry lastSeenMs */
                lastSeenMs?: (number|null);

                /** HealthHistoryEntry count */
                count?: (number|null);

                /** HealthHistoryEntry summary */
                summary?: (cassandra_mesos.v1.NodeHealthSummary.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HealthHistoryEntry. */
            type $Shape = cassandra_mesos.v1.HealthHistoryEntry.$Properties;
        }

        /**
         * Properties of a NodeHealthHistory.
         * @deprecated Use cassandra_mesos.v1.NodeHealthHistory.$Properties instead.
         */
        interface INodeHealthHistory extends cassandra_mesos.v1.NodeHealthHistory.$Properties {
        }

        /** Represents a NodeHealthHistory. */
        class NodeHealthHistory {

            /**
             * Constructs a new NodeHealthHistory.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassandra_mesos.v1.NodeHealthHistory.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NodeHealthHistory nodeId. */
            nodeId: string;

            /** NodeHealthHistory maxEntries. */
            maxEntries: number;

            /** NodeHealthHistory entries. */
            entries: cassandra_mesos.v1.HealthHistoryEntry.$Properties[];

            /**
             * Creates a new NodeHealthHistory instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NodeHealthHistory instance
             */
            static create(properties: cassandra_mesos.v1.NodeHealthHistory.$Shape): cassandra_mesos.v1.NodeHealthHistory & cassandra_mesos.v1.NodeHealthHistory.$Shape;
            static create(properties?: cassandra_mesos.v1.NodeHealthHistory.$Properties): cassandra_mesos.v1.NodeHealthHistory;

            /**
             * Encodes the specified NodeHealthHistory message. Does not implicitly {@link cassandra_mesos.v1.NodeHealthHistory.verify|verify} messages.
             * @param message NodeHealthHistory message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassandra_mesos.v1.NodeHealthHistory.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified NodeHealthHistory message, length delimited. Does not implicitly {@link cassandra_mesos.v1.NodeHealthHistory.verify|verify} messages.
             * @param message NodeHealthHistory message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cassandra_mesos.v1.NodeHealthHistory.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NodeHealthHistory message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassandra_mesos.v1.NodeHealthHistory & cassandra_mesos.v1.NodeHealthHistory.$Shape} NodeHealthHistory
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassandra_mesos.v1.NodeHealthHistory & cassandra_mesos.v1.NodeHealthHistory.$Shape;

            /**
             * Decodes a NodeHealthHistory message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cassandra_mesos.v1.NodeHealthHistory & cassandra_mesos.v1.NodeHealthHistory.$Shape} NodeHealthHistory
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cassandra_mesos.v1.NodeHealthHistory & cassandra_mesos.v1.NodeHealthHistory.$Shape;

            /**
             * Verifies a NodeHealthHistory message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a NodeHealthHistory message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NodeHealthHistory
             */
            static fromObject(object: { [k: string]: any }): cassandra_mesos.v1.NodeHealthHistory;

            /**
             * Creates a plain object from a NodeHealthHistory message. Also converts values to other types if specified.
             * @param message NodeHealthHistory
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cassandra_mesos.v1.NodeHealthHistory, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NodeHealthHistory to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NodeHealthHistory
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NodeHealthHistory {

            /** Properties of a NodeHealthHistory. */
            interface $Properties {

                /** NodeHealthHistory nodeId */
                nodeId?: (string|null);

                /** NodeHealthHistory maxEntries */
                maxEntries?: (number|null);

                /** NodeHealthHistory entries */
                entries?: (cassandra_mesos.v1.HealthHistoryEntry.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NodeHealthHistory. */
            type $Shape = cassandra_mesos.v1.NodeHealthHistory.$Properties;
        }

        /** ClusterJobType enum. */
        enum ClusterJobType {

            /** CLUSTER_JOB_TYPE_UNSPECIFIED value */
            CLUSTER_JOB_TYPE_UNSPECIFIED = 0,

            /** CLEANUP value */
            CLEANUP = 1,

            /** REPAIR value */
            REPAIR = 2,

            /** ROLLING_RESTART value */
            ROLLING_RESTART = 3,

            /** BACKUP value */
            BACKUP = 4,

            /** RESTORE value */
            RESTORE = 5,

            /** UPGRADE value */
            UPGRADE = 6,

            /** CONFIG_ROLLOUT value */
            CONFIG_ROLLOUT = 7,

            /** FLUSH value */
            FLUSH = 8
        }

        /** JobStatus enum. */
        enum JobStatus {

            /** JOB_STATUS_UNSPECIFIED value */
            JOB_STATUS_UNSPECIFIED = 0,

            /** JOB_PENDING value */
            JOB_PENDING = 1,

            /** JOB_RUNNING value */
            JOB_RUNNING = 2,

            /** JOB_SUCCEEDED value */
            JOB_SUCCEEDED = 3,

            /** JOB_FAILED value */
            JOB_FAILED = 4,

            /** JOB_ABORTED value */
            JOB_ABORTED = 5
        }

        /** RepairParallelism enum. */
        enum RepairParallelism {

            /** REPAIR_PARALLELISM_UNSPECIFIED value */
            REPAIR_PARALLELISM_UNSPECIFIED = 0,

            /** SEQUENTIAL value */
            SEQUENTIAL = 1,

            /** PARALLEL value */
            PARALLEL = 2,

            /** DC_PARALLEL value */
            DC_PARALLEL = 3
        }

        /**
         * Properties of a RepairOptions.
         * @deprecated Use cassandra_mesos.v1.RepairOptions.$Properties instead.
         */
        interface IRepairOptions extends cassandra_mesos.v1.RepairOptions.$Properties {
        }

        /** Represents a RepairOptions. */
        class RepairOptions {

            /**
             * Constructs a new RepairOptions.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassandra_mesos.v1.RepairOptions.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RepairOptions primaryRange. */
            primaryRange: boolean;

            /** RepairOptions incremental. */
            incremental: boolean;

            /** RepairOptions parallelism. */
            parallelism: cassandra_mesos.v1.RepairParallelism;

            /** RepairOptions dataCenters. */
            dataCenters: string[];

            /** RepairOptions timeoutSeconds. */
            timeoutSeconds: number;

            /**
             * Creates a new RepairOptions instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RepairOptions instance
             */
            static create(properties: cassandra_mesos.v1.RepairOptions.$Shape): cassandra_mesos.v1.RepairOptions & cassandra_mesos.v1.RepairOptions.$Shape;
            static create(properties?: cassandra_mesos.v1.RepairOptions.$Properties): cassandra_mesos.v1.RepairOptions;

            /**
             * Encodes the specified RepairOptions message. Does not implicitly {@link cassandra_mesos.v1.RepairOptions.verify|verify} messages.
             * @param message RepairOptions message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassandra_mesos.v1.RepairOptions.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RepairOptions message, length delimited. Does not implicitly {@link cassandra_mesos.v1.RepairOptions.verify|verify} messages.
             * @param message RepairOptions message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cassandra_mesos.v1.RepairOptions.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RepairOptions message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassandra_mesos.v1.RepairOptions & cassandra_mesos.v1.RepairOptions.$Shape} RepairOptions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassandra_mesos.v1.RepairOptions & cassandra_mesos.v1.RepairOptions.$Shape;

            /**
             * Decodes a RepairOptions message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cassandra_mesos.v1.RepairOptions & cassandra_mesos.v1.RepairOptions.$Shape} RepairOptions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cassandra_mesos.v1.RepairOptions & cassandra_mesos.v1.RepairOptions.$Shape;

            /**
             * Verifies a RepairOptions message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RepairOptions message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RepairOptions
             */
            static fromObject(object: { [k: string]: any }): cassandra_mesos.v1.RepairOptions;

            /**
             * Creates a plain object from a RepairOptions message. Also converts values to other types if specified.
             * @param message RepairOptions
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cassandra_mesos.v1.RepairOptions, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RepairOptions to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RepairOptions
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RepairOptions {

            /** Properties of a RepairOptions. */
            interface $Properties {

                /** RepairOptions primaryRange */
                primaryRange?: (boolean|null);

                /** RepairOptions incremental */
                incremental?: (boolean|null);

                /** RepairOptions parallelism */
                parallelism?: (cassandra_mesos.v1.RepairParallelism|null);

                /** RepairOptions dataCenters */
                dataCenters?: (string[]|null);

                /** RepairOptions timeoutSeconds */
                timeoutSeconds?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RepairOptions. */
            type $Shape = cassandra_mesos.v1.RepairOptions.$Properties;
        }

        /** BackupType enum. */
        enum BackupType {

            /** BACKUP_TYPE_UNSPECIFIED value */
            BACKUP_TYPE_UNSPECIFIED = 0,

            /** CLUSTER_CONSISTENT value */
            CLUSTER_CONSISTENT = 1,

            /** NODE_SNAPSHOT value */
            NODE_SNAPSHOT = 2,

            /** INCREMENTAL value */
            INCREMENTAL = 3
        }

        /** RestoreType enum. */
        enum RestoreType {

            /** RESTORE_TYPE_UNSPECIFIED value */
            RESTORE_TYPE_UNSPECIFIED = 0,

            /** CLUSTER_RESTORE value */
            CLUSTER_RESTORE = 1,

            /** NODE_RESTORE value */
            NODE_RESTORE = 2
        }

        /** JobStage enum. */
        enum JobStage {

            /** JOB_STAGE_UNSPECIFIED value */
            JOB_STAGE_UNSPECIFIED = 0,

            /** BACKUP_PAUSE value */
            BACKUP_PAUSE = 1,

            /** BACKUP_SNAPSHOT value */
            BACKUP_SNAPSHOT = 2,

            /** BACKUP_UPLOAD value */
            BACKUP_UPLOAD = 3,

            /** BACKUP_COMMIT value */
            BACKUP_COMMIT = 4,

            /** RESTORE_DOWNLOAD value */
            RESTORE_DOWNLOAD = 5,

            /** RESTORE_IMPORT value */
            RESTORE_IMPORT = 6
        }

        /**
         * Properties of a BackupOptions.
         * @deprecated Use cassandra_mesos.v1.BackupOptions.$Properties instead.
         */
        interface IBackupOptions extends cassandra_mesos.v1.BackupOptions.$Properties {
        }

        /** Represents a BackupOptions. */
        class BackupOptions {

            /**
             * Constructs a new BackupOptions.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassandra_mesos.v1.BackupOptions.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BackupOptions backupName. */
            backupName: string;

            /** BackupOptions storage. */
            storage: string;

            /** BackupOptions bucket. */
            bucket: string;

            /** BackupOptions prefix. */
            prefix: string;

            /** BackupOptions endpoint. */
            endpoint: string;

            /** BackupOptions region. */
            region: string;

            /** BackupOptions concurrency. */
            concurrency: number;

            /** BackupOptions partSizeBytes. */
            partSizeBytes: number;

            /** BackupOptions rateLimitBytesPerSecond. */
            rateLimitBytesPerSecond: number;

            /** BackupOptions backupType. */
            backupType: cassandra_mesos.v1.BackupType;

            /** BackupOptions baseBackup. */
            baseBackup: string;

            /** BackupOptions forcePathStyle. */
            forcePathStyle: boolean;

            /** BackupOptions sourceCluster. */
            sourceCluster: string;

            /** BackupOptions restoreType. */
            restoreType: cassandra_mesos.v1.RestoreType;

            /** BackupOptions snapshotOnly. */
            snapshotOnly: boolean;

            /** BackupOptions nodeMapping. */
            nodeMapping: { [k: string]: string };

            /** BackupOptions restoreSchema. */
            restoreSchema: boolean;

            /** BackupOptions snapshotTag. */
            snapshotTag: string;

            /** BackupOptions pauseSrv. */
            pauseSrv: string;

            /** BackupOptions requestCredentials. */
            requestCredentials: boolean;

            /** BackupOptions pauseTimeoutSeconds. */
            pauseTimeoutSeconds: number;

            /**
             * Creates a new BackupOptions instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BackupOptions instance
             */
            static create(properties: cassandra_mesos.v1.BackupOptions.$Shape): cassandra_mesos.v1.BackupOptions & cassandra_mesos.v1.BackupOptions.$Shape;
            static create(properties?: cassandra_mesos.v1.BackupOptions.$Properties): cassandra_mesos.v1.BackupOptions;

            /**
             * Encodes the specified BackupOptions message. Does not implicitly {@link cassandra_mesos.v1.BackupOptions.verify|verify} messages.
             * @param message BackupOptions message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassandra_mesos.v1.BackupOptions.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified BackupOptions message, length delimited. Does not implicitly {@link cassandra_mesos.v1.BackupOptions.verify|verify} messages.
             * @param message BackupOptions message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cassandra_mesos.v1.BackupOptions.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BackupOptions message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassandra_mesos.v1.BackupOptions & cassandra_mesos.v1.BackupOptions.$Shape} BackupOptions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassandra_mesos.v1.BackupOptions & cassandra_mesos.v1.BackupOptions.$Shape;

            /**
             * Decodes a BackupOptions message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cassandra_mesos.v1.BackupOptions & cassandra_mesos.v1.BackupOptions.$Shape} BackupOptions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cassandra_mesos.v1.BackupOptions & cassandra_mesos.v1.BackupOptions.$Shape;

            /**
             * Verifies a BackupOptions message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a BackupOptions message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BackupOptions
             */
            static fromObject(object: { [k: string]: any }): cassandra_mesos.v1.BackupOptions;

            /**
             * Creates a plain object from a BackupOptions message. Also converts values to other types if specified.
             * @param message BackupOptions
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cassandra_mesos.v1.BackupOptions, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BackupOptions to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for BackupOptions
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace BackupOptions {

            /** Properties of a BackupOptions. */
            interface $Properties {

                /** BackupOptions backupName */
                backupName?: (string|null);

                /** BackupOptions storage */
                storage?: (string|null);

                /** BackupOptions bucket */
                bucket?: (string|null);

                /** BackupOptions prefix */
                prefix?: (string|null);

                /** BackupOptions endpoint */
                endpoint?: (string|null);

                /** BackupOptions region */
                region?: (string|null);

                /** BackupOptions concurrency */
                concurrency?: (number|null);

                /** BackupOptions partSizeBytes */
                partSizeBytes?: (number|null);

                /** BackupOptions rateLimitBytesPerSecond */
                rateLimitBytesPerSecond?: (number|null);

                /** BackupOptions backupType */
                backupType?: (cassandra_mesos.v1.BackupType|null);

                /** BackupOptions baseBackup */
                baseBackup?: (string|null);

                /** BackupOptions forcePathStyle */
                forcePathStyle?: (boolean|null);

                /** BackupOptions sourceCluster */
                sourceCluster?: (string|null);

                /** BackupOptions restoreType */
                restoreType?: (cassandra_mesos.v1.RestoreType|null);

                /** BackupOptions snapshotOnly */
                snapshotOnly?: (boolean|null);

                /** BackupOptions nodeMapping */
                nodeMapping?: ({ [k: string]: string }|null);

                /** BackupOptions restoreSchema */
                restoreSchema?: (boolean|null);

                /** BackupOptions snapshotTag */
                snapshotTag?: (string|null);

                /** BackupOptions pauseSrv */
                pauseSrv?: (string|null);

                /** BackupOptions requestCredentials */
                requestCredentials?: (boolean|null);

                /** BackupOptions pauseTimeoutSeconds */
                pauseTimeoutSeconds?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BackupOptions. */
            type $Shape = cassandra_mesos.v1.BackupOptions.$Properties;
        }

        /**
         * Properties of a JobParams.
         * @deprecated Use cassandra_mesos.v1.JobParams.$Properties instead.
         */
        interface IJobParams extends cassandra_mesos.v1.JobParams.$Properties {
        }

        /** Represents a JobParams. */
        class JobParams {

            /**
             * Constructs a new JobParams.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassandra_mesos.v1.JobParams.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** JobParams nodeIds. */
            nodeIds: string[];

            /** JobParams keyspaces. */
            keyspaces: string[];

            /** JobParams tables. */
            tables: string[];

            /** JobParams parallelism. */
            parallelism: number;

            /** JobParams continueOnFailure. */
            continueOnFailure: boolean;

            /** JobParams nodeTimeoutSeconds. */
            nodeTimeoutSeconds: number;

            /** JobParams repair. */
            repair?: (cassandra_mesos.v1.RepairOptions.$Properties|null);

            /** JobParams backup. */
            backup?: (cassandra_mesos.v1.BackupOptions.$Properties|null);

            /** JobParams canary. */
            canary: boolean;

            /**
             * Creates a new JobParams instance using the specified properties.
             * @param [properties] Properties to set
             * @returns JobParams instance
             */
            static create(properties: cassandra_mesos.v1.JobParams.$Shape): cassandra_mesos.v1.JobParams & cassandra_mesos.v1.JobParams.$Shape;
            static create(properties?: cassandra_mesos.v1.JobParams.$Properties): cassandra_mesos.v1.JobParams;

            /**
             * Encodes the specified JobParams message. Does not implicitly {@link cassandra_mesos.v1.JobParams.verify|verify} messages.
             * @param message JobParams message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassandra_mesos.v1.JobParams.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified JobParams message, length delimited. Does not implicitly {@link cassandra_mesos.v1.JobParams.verify|verify} messages.
             * @param message JobParams message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cassandra_mesos.v1.JobParams.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a JobParams message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassandra_mesos.v1.JobParams & cassandra_mesos.v1.JobParams.$Shape} JobParams
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassandra_mesos.v1.JobParams & cassandra_mesos.v1.JobParams.$Shape;

            /**
             * Decodes a JobParams message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cassandra_mesos.v1.JobParams & cassandra_mesos.v1.JobParams.$Shape} JobParams
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cassandra_mesos.v1.JobParams & cassandra_mesos.v1.JobParams.$Shape;

            /**
             * Verifies a JobParams message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a JobParams message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns JobParams
             */
            static fromObject(object: { [k: string]: any }): cassandra_mesos.v1.JobParams;

            /**
             * Creates a plain object from a JobParams message. Also converts values to other types if specified.
             * @param message JobParams
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cassandra_mesos.v1.JobParams, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this JobParams to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for JobParams
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace JobParams {

            /** Properties of a JobParams. */
            interface $Properties {

                /** JobParams nodeIds */
                nodeIds?: (string[]|null);

                /** JobParams keyspaces */
                keyspaces?: (string[]|null);

                /** JobParams tables */
                tables?: (string[]|null);

                /** JobParams parallelism */
                parallelism?: (number|null);

                /** JobParams continueOnFailure */
                continueOnFailure?: (boolean|null);

                /** JobParams nodeTimeoutSeconds */
                nodeTimeoutSeconds?: (number|null);

                /** JobParams repair */
                repair?: (cassandra_mesos.v1.RepairOptions.$Properties|null);

                /** JobParams backup */
                backup?: (cassandra_mesos.v1.BackupOptions.$Properties|null);

                /** JobParams canary */
                canary?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a JobParams. */
            type $Shape = cassandra_mesos.v1.JobParams.$Properties;
        }

        /**
         * Properties of a ClusterJob.
         * @deprecated Use cassandra_mesos.v1.ClusterJob.$Properties instead.
         */
        interface IClusterJob extends cassandra_mesos.v1.ClusterJob.$Properties {
        }

        /** Represents a ClusterJob. */
        class ClusterJob {

            /**
             * Constructs a new ClusterJob.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassandra_mesos.v1.ClusterJob.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ClusterJob jobId. */
            jobId: string;

            /** ClusterJob type. */
            type: cassandra_mesos.v1.ClusterJobType;

            /** ClusterJob status. */
            status: cassandra_mesos.v1.JobStatus;

            /** ClusterJob params. */
            params?: (cassandra_mesos.v1.JobParams.$Properties|null);

            /** ClusterJob createdAtMs. */
            createdAtMs: number;

            /** ClusterJob startedAtMs. */
            startedAtMs: number;

            /** ClusterJob finishedAtMs. */
            finishedAtMs: number;

            /** ClusterJob abortRequested. */
            abortRequested: boolean;

            /** ClusterJob totalNodes. */
            totalNodes: number;

            /** ClusterJob completedNodes. */
            completedNodes: number;

            /** ClusterJob failedNodes. */
            failedNodes: number;

            /** ClusterJob currentNodeIds. */
            currentNodeIds: string[];

            /** ClusterJob failureMessage. */
            failureMessage: string;

            /** ClusterJob requestedBy. */
            requestedBy: string;

            /** ClusterJob stage. */
            stage: cassandra_mesos.v1.JobStage;

            /** ClusterJob stageStartedAtMs. */
            stageStartedAtMs: number;

            /** ClusterJob bytesDone. */
            bytesDone: number;

            /** ClusterJob bytesTotal. */
            bytesTotal: number;

            /** ClusterJob bytesSkipped. */
            bytesSkipped: number;

            /**
             * Creates a new ClusterJob instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ClusterJob instance
             */
            static create(properties: cassandra_mesos.v1.ClusterJob.$Shape): cassandra_mesos.v1.ClusterJob & cassandra_mesos.v1.ClusterJob.$Shape;
            static create(properties?: cassandra_mesos.v1.ClusterJob.$Properties): cassandra_mesos.v1.ClusterJob;

            /**
             * Encodes the specified ClusterJob message. Does not implicitly {@link cassandra_mesos.v1.ClusterJob.verify|verify} messages.
             * @param message ClusterJob message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassandra_mesos.v1.ClusterJob.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ClusterJob message, length delimited. Does not implicitly {@link cassandra_mesos.v1.ClusterJob.verify|verify} messages.
             * @param message ClusterJob message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cassandra_mesos.v1.ClusterJob.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ClusterJob message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassandra_mesos.v1.ClusterJob & cassandra_mesos.v1.ClusterJob.$Shape} ClusterJob
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassandra_mesos.v1.ClusterJob & cassandra_mesos.v1.ClusterJob.$Shape;

            /**
             * Decodes a ClusterJob message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cassandra_mesos.v1.ClusterJob & cassandra_mesos.v1.ClusterJob.$Shape} ClusterJob
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cassandra_mesos.v1.ClusterJob & cassandra_mesos.v1.ClusterJob.$Shape;

            /**
             * Verifies a ClusterJob message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ClusterJob message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ClusterJob
             */
            static fromObject(object: { [k: string]: any }): cassandra_mesos.v1.ClusterJob;

            /**
             * Creates a plain object from a ClusterJob message. Also converts values to other types if specified.
             * @param message ClusterJob
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cassandra_mesos.v1.ClusterJob, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ClusterJob to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ClusterJob
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ClusterJob {

            /** Properties of a ClusterJob. */
            interface $Properties {

                /** ClusterJob jobId */
                jobId?: (string|null);

                /** ClusterJob type */
                type?: (cassandra_mesos.v1.ClusterJobType|null);

                /** ClusterJob status */
                status?: (cassandra_mesos.v1.JobStatus|null);

                /** ClusterJob params */
                params?: (cassandra_mesos.v1.JobParams.$Properties|null);

                /** ClusterJob createdAtMs */
                createdAtMs?: (number|null);

                /** ClusterJob startedAtMs */
                startedAtMs?: (number|null);

                /** ClusterJob finishedAtMs */
                finishedAtMs?: (number|null);

                /** ClusterJob abortRequested */
                abortRequested?: (boolean|null);

                /** ClusterJob totalNodes */
                totalNodes?: (number|null);

                /** ClusterJob completedNodes */
                completedNodes?: (number|null);

                /** ClusterJob failedNodes */
                failedNodes?: (number|null);

                /** ClusterJob currentNodeIds */
                currentNodeIds?: (string[]|null);

                /** ClusterJob failureMessage */
                failureMessage?: (string|null);

                /** ClusterJob requestedBy */
                requestedBy?: (string|null);

                /** ClusterJob stage */
                stage?: (cassandra_mesos.v1.JobStage|null);

                /** ClusterJob stageStartedAtMs */
                stageStartedAtMs?: (number|null);

                /** ClusterJob bytesDone */
                bytesDone?: (number|null);

                /** ClusterJob bytesTotal */
                bytesTotal?: (number|null);

                /** ClusterJob bytesSkipped */
                bytesSkipped?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ClusterJob. */
            type $Shape = cassandra_mesos.v1.ClusterJob.$Properties;
        }

        /**
         * Properties of a KeyspaceProgress.
         * @deprecated Use cassandra_mesos.v1.KeyspaceProgress.$Properties instead.
         */
        interface IKeyspaceProgress extends cassandra_mesos.v1.KeyspaceProgress.$Properties {
        }

        /** Represents a KeyspaceProgress. */
        class KeyspaceProgress {

            /**
             * Constructs a new KeyspaceProgress.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassandra_mesos.v1.KeyspaceProgress.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** KeyspaceProgress keyspace. */
            keyspace: string;

            /** KeyspaceProgress status. */
            status: string;

            /** KeyspaceProgress durationMs. */
            durationMs: number;

            /** KeyspaceProgress message. */
            message: string;

            /** KeyspaceProgress bytes. */
            bytes: number;

            /**
             * Creates a new KeyspaceProgress instance using the specified properties.
             * @param [properties] Properties to set
             * @returns KeyspaceProgress instance
             */
            static create(properties: cassandra_mesos.v1.KeyspaceProgress.$Shape): cassandra_mesos.v1.KeyspaceProgress & cassandra_mesos.v1.KeyspaceProgress.$Shape;
            static create(properties?: cassandra_mesos.v1.KeyspaceProgress.$Properties): cassandra_mesos.v1.KeyspaceProgress;

            /**
             * Encodes the specified KeyspaceProgress message. Does not implicitly {@link cassandra_mesos.v1.KeyspaceProgress.verify|verify} messages.
             * @param message KeyspaceProgress message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassandra_mesos.v1.KeyspaceProgress.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified KeyspaceProgress message, length delimited. Does not implicitly {@link cassandra_mesos.v1.KeyspaceProgress.verify|verify} messages.
             * @param message KeyspaceProgress message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cassandra_mesos.v1.KeyspaceProgress.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a KeyspaceProgress message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassandra_mesos.v1.KeyspaceProgress & cassandra_mesos.v1.KeyspaceProgress.$Shape} KeyspaceProgress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassandra_mesos.v1.KeyspaceProgress & cassandra_mesos.v1.KeyspaceProgress.$Shape;

            /**
             * Decodes a KeyspaceProgress message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cassandra_mesos.v1.KeyspaceProgress & cassandra_mesos.v1.KeyspaceProgress.$Shape} KeyspaceProgress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cassandra_mesos.v1.KeyspaceProgress & cassandra_mesos.v1.KeyspaceProgress.$Shape;

            /**
             * Verifies a KeyspaceProgress message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a KeyspaceProgress message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns KeyspaceProgress
             */
            static fromObject(object: { [k: string]: any }): cassandra_mesos.v1.KeyspaceProgress;

            /**
             * Creates a plain object from a KeyspaceProgress message. Also converts values to other types if specified.
             * @param message KeyspaceProgress
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cassandra_mesos.v1.KeyspaceProgress, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this KeyspaceProgress to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for KeyspaceProgress
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace KeyspaceProgress {

            /** Properties of a KeyspaceProgress. */
            interface $Properties {

                /** KeyspaceProgress keyspace */
                keyspace?: (string|null);

                /** KeyspaceProgress status */
                status?: (string|null);

                /** KeyspaceProgress durationMs */
                durationMs?: (number|null);

                /** KeyspaceProgress message */
                message?: (string|null);

                /** KeyspaceProgress bytes */
                bytes?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a KeyspaceProgress. */
            type $Shape = cassandra_mesos.v1.KeyspaceProgress.$Properties;
        }

        /** NodeJobState enum. */
        enum NodeJobState {

            /** NODE_JOB_STATE_UNSPECIFIED value */
            NODE_JOB_STATE_UNSPECIFIED = 0,

            /** NODE_JOB_PENDING value */
            NODE_JOB_PENDING = 1,

            /** NODE_JOB_RUNNING value */
            NODE_JOB_RUNNING = 2,

            /** NODE_JOB_SUCCEEDED value */
            NODE_JOB_SUCCEEDED = 3,

            /** NODE_JOB_FAILED value */
            NODE_JOB_FAILED = 4,

            /** NODE_JOB_SKIPPED value */
            NODE_JOB_SKIPPED = 5,

            /** NODE_JOB_ABORTED value */
            NODE_JOB_ABORTED = 6
        }

        /**
         * Properties of a NodeJobRecord.
         * @deprecated Use cassandra_mesos.v1.NodeJobRecord.$Properties instead.
         */
        interface INodeJobRecord extends cassandra_mesos.v1.NodeJobRecord.$Properties {
        }

        /** Represents a NodeJobRecord. */
        class NodeJobRecord {

            /**
             * Constructs a new NodeJobRecord.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassandra_mesos.v1.NodeJobRecord.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NodeJobRecord jobId. */
            jobId: string;

            /** NodeJobRecord nodeId. */
            nodeId: string;

            /** NodeJobRecord sequence. */
            sequence: number;

            /** NodeJobRecord state. */
            state: cassandra_mesos.v1.NodeJobState;

            /** NodeJobRecord taskId. */
            taskId: string;

            /** NodeJobRecord startedAtMs. */
            startedAtMs: number;

            /** NodeJobRecord finishedAtMs. */
            finishedAtMs: number;

            /** NodeJobRecord keyspaces. */
            keyspaces: cassandra_mesos.v1.KeyspaceProgress.$Properties[];

            /** NodeJobRecord remainingKeyspaces. */
            remainingKeyspaces: string[];

            /** NodeJobRecord currentKeyspace. */
            currentKeyspace: string;

            /** NodeJobRecord failureMessage. */
            failureMessage: string;

            /** NodeJobRecord bytesDone. */
            bytesDone: number;

            /** NodeJobRecord bytesTotal. */
            bytesTotal: number;

            /** NodeJobRecord attempt. */
            attempt: number;

            /** NodeJobRecord stage. */
            stage: cassandra_mesos.v1.JobStage;

            /** NodeJobRecord bytesSkipped. */
            bytesSkipped: number;

            /** NodeJobRecord filesDone. */
            filesDone: number;

            /** NodeJobRecord filesTotal. */
            filesTotal: number;

            /** NodeJobRecord rateBytesPerSecond. */
            rateBytesPerSecond: number;

            /** NodeJobRecord manifestKey. */
            manifestKey: string;

            /** NodeJobRecord manifestSha256. */
            manifestSha256: string;

            /**
             * Creates a new NodeJobRecord instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NodeJobRecord instance
             */
            static create(properties: cassandra_mesos.v1.NodeJobRecord.$Shape): cassandra_mesos.v1.NodeJobRecord & cassandra_mesos.v1.NodeJobRecord.$Shape;
            static create(properties?: cassandra_mesos.v1.NodeJobRecord.$Properties): cassandra_mesos.v1.NodeJobRecord;

            /**
             * Encodes the specified NodeJobRecord message. Does not implicitly {@link cassandra_mesos.v1.NodeJobRecord.verify|verify} messages.
             * @param message NodeJobRecord message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassandra_mesos.v1.NodeJobRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified NodeJobRecord message, length delimited. Does not implicitly {@link cassandra_mesos.v1.NodeJobRecord.verify|verify} messages.
             * @param message NodeJobRecord message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cassandra_mesos.v1.NodeJobRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NodeJobRecord message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassandra_mesos.v1.NodeJobRecord & cassandra_mesos.v1.NodeJobRecord.$Shape} NodeJobRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassandra_mesos.v1.NodeJobRecord & cassandra_mesos.v1.NodeJobRecord.$Shape;

            /**
             * Decodes a NodeJobRecord message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cassandra_mesos.v1.NodeJobRecord & cassandra_mesos.v1.NodeJobRecord.$Shape} NodeJobRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cassandra_mesos.v1.NodeJobRecord & cassandra_mesos.v1.NodeJobRecord.$Shape;

            /**
             * Verifies a NodeJobRecord message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a NodeJobRecord message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NodeJobRecord
             */
            static fromObject(object: { [k: string]: any }): cassandra_mesos.v1.NodeJobRecord;

            /**
             * Creates a plain object from a NodeJobRecord message. Also converts values to other types if specified.
             * @param message NodeJobRecord
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cassandra_mesos.v1.NodeJobRecord, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NodeJobRecord to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NodeJobRecord
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NodeJobRecord {

            /** Properties of a NodeJobRecord. */
            interface $Properties {

                /** NodeJobRecord jobId */
                jobId?: (string|null);

                /** NodeJobRecord nodeId */
                nodeId?: (string|null);

                /** NodeJobRecord sequence */
                sequence?: (number|null);

                /** NodeJobRecord state */
                state?: (cassandra_mesos.v1.NodeJobState|null);

                /** NodeJobRecord taskId */
                taskId?: (string|null);

                /** NodeJobRecord startedAtMs */
                startedAtMs?: (number|null);

                /** NodeJobRecord finishedAtMs */
                finishedAtMs?: (number|null);

                /** NodeJobRecord keyspaces */
                keyspaces?: (cassandra_mesos.v1.KeyspaceProgress.$Properties[]|null);

                /** NodeJobRecord remainingKeyspaces */
                remainingKeyspaces?: (string[]|null);

                /** NodeJobRecord currentKeyspace */
                currentKeyspace?: (string|null);

                /** NodeJobRecord failureMessage */
                failureMessage?: (string|null);

                /** NodeJobRecord bytesDone */
                bytesDone?: (number|null);

                /** NodeJobRecord bytesTotal */
                bytesTotal?: (number|null);

                /** NodeJobRecord attempt */
                attempt?: (number|null);

                /** NodeJobRecord stage */
                stage?: (cassandra_mesos.v1.JobStage|null);

                /** NodeJobRecord bytesSkipped */
                bytesSkipped?: (number|null);

                /** NodeJobRecord filesDone */
                filesDone?: (number|null);

                /** NodeJobRecord filesTotal */
                filesTotal?: (number|null);

                /** NodeJobRecord rateBytesPerSecond */
                rateBytesPerSecond?: (number|null);

                /** NodeJobRecord manifestKey */
                manifestKey?: (string|null);

                /** NodeJobRecord manifestSha256 */
                manifestSha256?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NodeJobRecord. */
            type $Shape = cassandra_mesos.v1.NodeJobRecord.$Properties;
        }

        /**
         * Properties of a CassandraServerConfig.
         * @deprecated Use cassandra_mesos.v1.CassandraServerConfig.$Properties instead.
         */
        interface ICassandraServerConfig extends cassandra_mesos.v1.CassandraServerConfig.$Properties {
        }

        /** Represents a CassandraServerConfig. */
        class CassandraServerConfig {

            /**
             * Constructs a new CassandraServerConfig.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassandra_mesos.v1.CassandraServerConfig.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CassandraServerConfig clusterName. */
            clusterName: string;

            /** CassandraServerConfig seeds. */
            seeds: string[];

            /** CassandraServerConfig listenAddress. */
            listenAddress: string;

            /** CassandraServerConfig rpcAddress. */
            rpcAddress: string;

            /** CassandraServerConfig broadcastAddress. */
            broadcastAddress: string;

            /** CassandraServerConfig ports. */
            ports?: (cassandra_mesos.v1.NodePorts.$Properties|null);

            /** CassandraServerConfig dataDir. */
            dataDir: string;

            /** CassandraServerConfig endpointSnitch. */
            endpointSnitch: string;

            /** CassandraServerConfig numTokens. */
            numTokens: number;

            /** CassandraServerConfig initialToken. */
            initialToken: string;

            /** CassandraServerConfig rackDc. */
            rackDc?: (cassandra_mesos.v1.RackDc.$Properties|null);

            /** CassandraServerConfig heapMb. */
            heapMb: number;

            /** CassandraServerConfig yamlOverrides. */
            yamlOverrides: { [k: string]: string };

            /** CassandraServerConfig replaceAddress. */
            replaceAddress: string;

            /** CassandraServerConfig autoBootstrap. */
            autoBootstrap: boolean;

            /** CassandraServerConfig jolokiaBind. */
            jolokiaBind: string;

            /** CassandraServerConfig cassandraVersion. */
            cassandraVersion: string;

            /**
             * Creates a new CassandraServerConfig instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CassandraServerConfig instance
             */
            static create(properties: cassandra_mesos.v1.CassandraServerConfig.$Shape): cassandra_mesos.v1.CassandraServerConfig & cassandra_mesos.v1.CassandraServerConfig.$Shape;
            static create(properties?: cassandra_mesos.v1.CassandraServerConfig.$Properties): cassandra_mesos.v1.CassandraServerConfig;

            /**
             * Encodes the specified CassandraServerConfig message. Does not implicitly {@link cassandra_mesos.v1.CassandraServerConfig.verify|verify} messages.
             * @param message CassandraServerConfig message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassandra_mesos.v1.CassandraServerConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CassandraServerConfig message, length delimited. Does not implicitly {@link cassandra_mesos.v1.CassandraServerConfig.verify|verify} messages.
             * @param message CassandraServerConfig message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cassandra_mesos.v1.CassandraServerConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CassandraServerConfig message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassandra_mesos.v1.CassandraServerConfig & cassandra_mesos.v1.CassandraServerConfig.$Shape} CassandraServerConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassandra_mesos.v1.CassandraServerConfig & cassandra_mesos.v1.CassandraServerConfig.$Shape;

            /**
             * Decodes a CassandraServerConfig message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cassandra_mesos.v1.CassandraServerConfig & cassandra_mesos.v1.CassandraServerConfig.$Shape} CassandraServerConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cassandra_mesos.v1.CassandraServerConfig & cassandra_mesos.v1.CassandraServerConfig.$Shape;

            /**
             * Verifies a CassandraServerConfig message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CassandraServerConfig message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CassandraServerConfig
             */
            static fromObject(object: { [k: string]: any }): cassandra_mesos.v1.CassandraServerConfig;

            /**
             * Creates a plain object from a CassandraServerConfig message. Also converts values to other types if specified.
             * @param message CassandraServerConfig
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cassandra_mesos.v1.CassandraServerConfig, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CassandraServerConfig to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CassandraServerConfig
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CassandraServerConfig {

            /** Properties of a CassandraServerConfig. */
            interface $Properties {

                /** CassandraServerConfig clusterName */
                clusterName?: (string|null);

                /** CassandraServerConfig seeds */
                seeds?: (string[]|null);

                /** CassandraServerConfig listenAddress */
                listenAddress?: (string|null);

                /** CassandraServerConfig rpcAddress */
                rpcAddress?: (string|null);

                /** CassandraServerConfig broadcastAddress */
                broadcastAddress?: (string|null);

                /** CassandraServerConfig ports */
                ports?: (cassandra_mesos.v1.NodePorts.$Properties|null);

                /** CassandraServerConfig dataDir */
                dataDir?: (string|null);

                /** CassandraServerConfig endpointSnitch */
                endpointSnitch?: (string|null);

                /** CassandraServerConfig numTokens */
                numTokens?: (number|null);

                /** CassandraServerConfig initialToken */
                initialToken?: (string|null);

                /** CassandraServerConfig rackDc */
                rackDc?: (cassandra_mesos.v1.RackDc.$Properties|null);

                /** CassandraServerConfig heapMb */
                heapMb?: (number|null);

                /** CassandraServerConfig yamlOverrides */
                yamlOverrides?: ({ [k: string]: string }|null);

                /** CassandraServerConfig replaceAddress */
                replaceAddress?: (string|null);

                /** CassandraServerConfig autoBootstrap */
                autoBootstrap?: (boolean|null);

                /** CassandraServerConfig jolokiaBind */
                jolokiaBind?: (string|null);

                /** CassandraServerConfig cassandraVersion */
                cassandraVersion?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CassandraServerConfig. */
            type $Shape = cassandra_mesos.v1.CassandraServerConfig.$Properties;
        }

        /**
         * Properties of a ServerTask.
         * @deprecated Use cassandra_mesos.v1.ServerTask.$Properties instead.
         */
        interface IServerTask extends cassandra_mesos.v1.ServerTask.$Properties {
        }

        /** Represents a ServerTask. */
        class ServerTask {

            /**
             * Constructs a new ServerTask.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassandra_mesos.v1.ServerTask.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ServerTask config. */
            config?: (cassandra_mesos.v1.CassandraServerConfig.$Properties|null);

            /** ServerTask healthCheckIntervalSeconds. */
            healthCheckIntervalSeconds: number;

            /** ServerTask configId. */
            configId: string;

            /**
             * Creates a new ServerTask instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ServerTask instance
             */
            static create(properties: cassandra_mesos.v1.ServerTask.$Shape): cassandra_mesos.v1.ServerTask & cassandra_mesos.v1.ServerTask.$Shape;
            static create(properties?: cassandra_mesos.v1.ServerTask.$Properties): cassandra_mesos.v1.ServerTask;

            /**
             * Encodes the specified ServerTask message. Does not implicitly {@link cassandra_mesos.v1.ServerTask.verify|verify} messages.
             * @param message ServerTask message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassandra_mesos.v1.ServerTask.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ServerTask message, length delimited. Does not implicitly {@link cassandra_mesos.v1.ServerTask.verify|verify} messages.
             * @param message ServerTask message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cassandra_mesos.v1.ServerTask.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ServerTask message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassandra_mesos.v1.ServerTask & cassandra_mesos.v1.ServerTask.$Shape} ServerTask
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassandra_mesos.v1.ServerTask & cassandra_mesos.v1.ServerTask.$Shape;

            /**
             * Decodes a ServerTask message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cassandra_mesos.v1.ServerTask & cassandra_mesos.v1.ServerTask.$Shape} ServerTask
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cassandra_mesos.v1.ServerTask & cassandra_mesos.v1.ServerTask.$Shape;

            /**
             * Verifies a ServerTask message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ServerTask message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ServerTask
             */
            static fromObject(object: { [k: string]: any }): cassandra_mesos.v1.ServerTask;

            /**
             * Creates a plain object from a ServerTask message. Also converts values to other types if specified.
             * @param message ServerTask
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cassandra_mesos.v1.ServerTask, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ServerTask to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ServerTask
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ServerTask {

            /** Properties of a ServerTask. */
            interface $Properties {

                /** ServerTask config */
                config?: (cassandra_mesos.v1.CassandraServerConfig.$Properties|null);

                /** ServerTask healthCheckIntervalSeconds */
                healthCheckIntervalSeconds?: (number|null);

                /** ServerTask configId */
                configId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ServerTask. */
            type $Shape = cassandra_mesos.v1.ServerTask.$Properties;
        }

        /**
         * Properties of a ConfigUpdateTask.
         * @deprecated Use cassandra_mesos.v1.ConfigUpdateTask.$Properties instead.
         */
        interface IConfigUpdateTask extends cassandra_mesos.v1.ConfigUpdateTask.$Properties {
        }

        /** Represents a ConfigUpdateTask. */
        class ConfigUpdateTask {

            /**
             * Constructs a new ConfigUpdateTask.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassandra_mesos.v1.ConfigUpdateTask.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConfigUpdateTask config. */
            config?: (cassandra_mesos.v1.CassandraServerConfig.$Properties|null);

            /** ConfigUpdateTask configId. */
            configId: string;

            /**
             * Creates a new ConfigUpdateTask instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConfigUpdateTask instance
             */
            static create(properties: cassandra_mesos.v1.ConfigUpdateTask.$Shape): cassandra_mesos.v1.ConfigUpdateTask & cassandra_mesos.v1.ConfigUpdateTask.$Shape;
            static create(properties?: cassandra_mesos.v1.ConfigUpdateTask.$Properties): cassandra_mesos.v1.ConfigUpdateTask;

            /**
             * Encodes the specified ConfigUpdateTask message. Does not implicitly {@link cassandra_mesos.v1.ConfigUpdateTask.verify|verify} messages.
             * @param message ConfigUpdateTask message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassandra_mesos.v1.ConfigUpdateTask.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ConfigUpdateTask message, length delimited. Does not implicitly {@link cassandra_mesos.v1.ConfigUpdateTask.verify|verify} messages.
             * @param message ConfigUpdateTask message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cassandra_mesos.v1.ConfigUpdateTask.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConfigUpdateTask message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassandra_mesos.v1.ConfigUpdateTask & cassandra_mesos.v1.ConfigUpdateTask.$Shape} ConfigUpdateTask
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassandra_mesos.v1.ConfigUpdateTask & cassandra_mesos.v1.ConfigUpdateTask.$Shape;

            /**
             * Decodes a ConfigUpdateTask message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cassandra_mesos.v1.ConfigUpdateTask & cassandra_mesos.v1.ConfigUpdateTask.$Shape} ConfigUpdateTask
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cassandra_mesos.v1.ConfigUpdateTask & cassandra_mesos.v1.ConfigUpdateTask.$Shape;

            /**
             * Verifies a ConfigUpdateTask message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ConfigUpdateTask message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ConfigUpdateTask
             */
            static fromObject(object: { [k: string]: any }): cassandra_mesos.v1.ConfigUpdateTask;

            /**
             * Creates a plain object from a ConfigUpdateTask message. Also converts values to other types if specified.
             * @param message ConfigUpdateTask
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cassandra_mesos.v1.ConfigUpdateTask, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ConfigUpdateTask to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ConfigUpdateTask
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConfigUpdateTask {

            /** Properties of a ConfigUpdateTask. */
            interface $Properties {

                /** ConfigUpdateTask config */
                config?: (cassandra_mesos.v1.CassandraServerConfig.$Properties|null);

                /** ConfigUpdateTask configId */
                configId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConfigUpdateTask. */
            type $Shape = cassandra_mesos.v1.ConfigUpdateTask.$Properties;
        }

        /**
         * Properties of a NodeJobTask.
         * @deprecated Use cassandra_mesos.v1.NodeJobTask.$Properties instead.
         */
        interface INodeJobTask extends cassandra_mesos.v1.NodeJobTask.$Properties {
        }

        /** Represents a NodeJobTask. */
        class NodeJobTask {

            /**
             * Constructs a new NodeJobTask.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassandra_mesos.v1.NodeJobTask.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NodeJobTask jobId. */
            jobId: string;

            /** NodeJobTask type. */
            type: cassandra_mesos.v1.ClusterJobType;

            /** NodeJobTask params. */
            params?: (cassandra_mesos.v1.JobParams.$Properties|null);

            /** NodeJobTask timeoutSeconds. */
            timeoutSeconds: number;

            /** NodeJobTask stage. */
            stage: cassandra_mesos.v1.JobStage;

            /** NodeJobTask clusterName. */
            clusterName: string;

            /** NodeJobTask sourceNodeId. */
            sourceNodeId: string;

            /** NodeJobTask truncate. */
            truncate: boolean;

            /** NodeJobTask credentials. */
            credentials?: (cassandra_mesos.v1.StorageCredentials.$Properties|null);

            /**
             * Creates a new NodeJobTask instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NodeJobTask instance
             */
            static create(properties: cassandra_mesos.v1.NodeJobTask.$Shape): cassandra_mesos.v1.NodeJobTask & cassandra_mesos.v1.NodeJobTask.$Shape;
            static create(properties?: cassandra_mesos.v1.NodeJobTask.$Properties): cassandra_mesos.v1.NodeJobTask;

            /**
             * Encodes the specified NodeJobTask message. Does not implicitly {@link cassandra_mesos.v1.NodeJobTask.verify|verify} messages.
             * @param message NodeJobTask message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassandra_mesos.v1.NodeJobTask.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified NodeJobTask message, length delimited. Does not implicitly {@link cassandra_mesos.v1.NodeJobTask.verify|verify} messages.
             * @param message NodeJobTask message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cassandra_mesos.v1.NodeJobTask.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NodeJobTask message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassandra_mesos.v1.NodeJobTask & cassandra_mesos.v1.NodeJobTask.$Shape} NodeJobTask
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassandra_mesos.v1.NodeJobTask & cassandra_mesos.v1.NodeJobTask.$Shape;

            /**
             * Decodes a NodeJobTask message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cassandra_mesos.v1.NodeJobTask & cassandra_mesos.v1.NodeJobTask.$Shape} NodeJobTask
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cassandra_mesos.v1.NodeJobTask & cassandra_mesos.v1.NodeJobTask.$Shape;

            /**
             * Verifies a NodeJobTask message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a NodeJobTask message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NodeJobTask
             */
            static fromObject(object: { [k: string]: any }): cassandra_mesos.v1.NodeJobTask;

            /**
             * Creates a plain object from a NodeJobTask message. Also converts values to other types if specified.
             * @param message NodeJobTask
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cassandra_mesos.v1.NodeJobTask, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NodeJobTask to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NodeJobTask
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NodeJobTask {

            /** Properties of a NodeJobTask. */
            interface $Properties {

                /** NodeJobTask jobId */
                jobId?: (string|null);

                /** NodeJobTask type */
                type?: (cassandra_mesos.v1.ClusterJobType|null);

                /** NodeJobTask params */
                params?: (cassandra_mesos.v1.JobParams.$Properties|null);

                /** NodeJobTask timeoutSeconds */
                timeoutSeconds?: (number|null);

                /** NodeJobTask stage */
                stage?: (cassandra_mesos.v1.JobStage|null);

                /** NodeJobTask clusterName */
                clusterName?: (string|null);

                /** NodeJobTask sourceNodeId */
                sourceNodeId?: (string|null);

                /** NodeJobTask truncate */
                truncate?: (boolean|null);

                /** NodeJobTask credentials */
                credentials?: (cassandra_mesos.v1.StorageCredentials.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NodeJobTask. */
            type $Shape = cassandra_mesos.v1.NodeJobTask.$Properties;
        }

        /**
         * Properties of a StorageCredentials.
         * @deprecated Use cassandra_mesos.v1.StorageCredentials.$Properties instead.
         */
        interface IStorageCredentials extends cassandra_mesos.v1.StorageCredentials.$Properties {
        }

        /** Represents a StorageCredentials. */
        class StorageCredentials {

            /**
             * Constructs a new StorageCredentials.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassandra_mesos.v1.StorageCredentials.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StorageCredentials accessKeyId. */
            accessKeyId: string;

            /** StorageCredentials secretAccessKey. */
            secretAccessKey: string;

            /** StorageCredentials sessionToken. */
            sessionToken: string;

            /**
             * Creates a new StorageCredentials instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StorageCredentials instance
             */
            static create(properties: cassandra_mesos.v1.StorageCredentials.$Shape): cassandra_mesos.v1.StorageCredentials & cassandra_mesos.v1.StorageCredentials.$Shape;
            static create(properties?: cassandra_mesos.v1.StorageCredentials.$Properties): cassandra_mesos.v1.StorageCredentials;

            /**
             * Encodes the specified StorageCredentials message. Does not implicitly {@link cassandra_mesos.v1.StorageCredentials.verify|verify} messages.
             * @param message StorageCredentials message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassandra_mesos.v1.StorageCredentials.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified StorageCredentials message, length delimited. Does not implicitly {@link cassandra_mesos.v1.StorageCredentials.verify|verify} messages.
             * @param message StorageCredentials message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cassandra_mesos.v1.StorageCredentials.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StorageCredentials message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassandra_mesos.v1.StorageCredentials & cassandra_mesos.v1.StorageCredentials.$Shape} StorageCredentials
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassandra_mesos.v1.StorageCredentials & cassandra_mesos.v1.StorageCredentials.$Shape;

            /**
             * Decodes a StorageCredentials message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cassandra_mesos.v1.StorageCredentials & cassandra_mesos.v1.StorageCredentials.$Shape} StorageCredentials
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cassandra_mesos.v1.StorageCredentials & cassandra_mesos.v1.StorageCredentials.$Shape;

            /**
             * Verifies a StorageCredentials message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StorageCredentials message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StorageCredentials
             */
            static fromObject(object: { [k: string]: any }): cassandra_mesos.v1.StorageCredentials;

            /**
             * Creates a plain object from a StorageCredentials message. Also converts values to other types if specified.
             * @param message StorageCredentials
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cassandra_mesos.v1.StorageCredentials, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StorageCredentials to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StorageCredentials
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StorageCredentials {

            /** Properties of a StorageCredentials. */
            interface $Properties {

                /** StorageCredentials accessKeyId */
                accessKeyId?: (string|null);

                /** StorageCredentials secretAccessKey */
                secretAccessKey?: (string|null);

                /** StorageCredentials sessionToken */
                sessionToken?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StorageCredentials. */
            type $Shape = cassandra_mesos.v1.StorageCredentials.$Properties;
        }

        /**
         * Properties of a TaskDetails.
         * @deprecated Use cassandra_mesos.v1.TaskDetails.$Properties instead.
         */
        interface ITaskDetails extends cassandra_mesos.v1.TaskDetails.$Properties {
        }

        /** Represents a TaskDetails. */
        class TaskDetails {

            /**
             * Constructs a new TaskDetails.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassandra_mesos.v1.TaskDetails.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TaskDetails protocolVersion. */
            protocolVersion: number;

            /** TaskDetails nodeId. */
            nodeId: string;

            /** TaskDetails server. */
            server?: (cassandra_mesos.v1.ServerTask.$Properties|null);

            /** TaskDetails nodeJob. */
            nodeJob?: (cassandra_mesos.v1.NodeJobTask.$Properties|null);

            /** TaskDetails configUpdate. */
            configUpdate?: (cassandra_mesos.v1.ConfigUpdateTask.$Properties|null);

            /** TaskDetails task. */
            task?: ("server"|"nodeJob"|"configUpdate");

            /**
             * Creates a new TaskDetails instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TaskDetails instance
             */
            static create(properties: cassandra_mesos.v1.TaskDetails.$Shape): cassandra_mesos.v1.TaskDetails & cassandra_mesos.v1.TaskDetails.$Shape;
            static create(properties?: cassandra_mesos.v1.TaskDetails.$Properties): cassandra_mesos.v1.TaskDetails;

            /**
             * Encodes the specified TaskDetails message. Does not implicitly {@link cassandra_mesos.v1.TaskDetails.verify|verify} messages.
             * @param message TaskDetails message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassandra_mesos.v1.TaskDetails.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TaskDetails message, length delimited. Does not implicitly {@link cassandra_mesos.v1.TaskDetails.verify|verify} messages.
             * @param message TaskDetails message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cassandra_mesos.v1.TaskDetails.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TaskDetails message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassandra_mesos.v1.TaskDetails & cassandra_mesos.v1.TaskDetails.$Shape} TaskDetails
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassandra_mesos.v1.TaskDetails & cassandra_mesos.v1.TaskDetails.$Shape;

            /**
             * Decodes a TaskDetails message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cassandra_mesos.v1.TaskDetails & cassandra_mesos.v1.TaskDetails.$Shape} TaskDetails
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cassandra_mesos.v1.TaskDetails & cassandra_mesos.v1.TaskDetails.$Shape;

            /**
             * Verifies a TaskDetails message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TaskDetails message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TaskDetails
             */
            static fromObject(object: { [k: string]: any }): cassandra_mesos.v1.TaskDetails;

            /**
             * Creates a plain object from a TaskDetails message. Also converts values to other types if specified.
             * @param message TaskDetails
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cassandra_mesos.v1.TaskDetails, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TaskDetails to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TaskDetails
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TaskDetails {

            /** Properties of a TaskDetails. */
            interface $Properties {

                /** TaskDetails protocolVersion */
                protocolVersion?: (number|null);

                /** TaskDetails nodeId */
                nodeId?: (string|null);

                /** TaskDetails server */
                server?: (cassandra_mesos.v1.ServerTask.$Properties|null);

                /** TaskDetails nodeJob */
                nodeJob?: (cassandra_mesos.v1.NodeJobTask.$Properties|null);

                /** TaskDetails configUpdate */
                configUpdate?: (cassandra_mesos.v1.ConfigUpdateTask.$Properties|null);

                /** TaskDetails task */
                task?: ("server"|"nodeJob"|"configUpdate");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a TaskDetails. */
            type $Shape = {
              protocolVersion?: number|null;
              nodeId?: string|null;
              server?: cassandra_mesos.v1.ServerTask.$Shape|null;
              nodeJob?: cassandra_mesos.v1.NodeJobTask.$Shape|null;
              configUpdate?: cassandra_mesos.v1.ConfigUpdateTask.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ task?: undefined; server?: null; nodeJob?: null; configUpdate?: null }|{ task?: "server"; server: cassandra_mesos.v1.ServerTask.$Shape; nodeJob?: null; configUpdate?: null }|{ task?: "nodeJob"; server?: null; nodeJob: cassandra_mesos.v1.NodeJobTask.$Shape; configUpdate?: null }|{ task?: "configUpdate"; server?: null; nodeJob?: null; configUpdate: cassandra_mesos.v1.ConfigUpdateTask.$Shape })
            );
        }

        /**
         * Properties of a SchedulerMessage.
         * @deprecated Use cassandra_mesos.v1.SchedulerMessage.$Properties instead.
         */
        interface ISchedulerMessage extends cassandra_mesos.v1.SchedulerMessage.$Properties {
        }

        /** Represents a SchedulerMessage. */
        class SchedulerMessage {

            /**
             * Constructs a new SchedulerMessage.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassandra_mesos.v1.SchedulerMessage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SchedulerMessage protocolVersion. */
            protocolVersion: number;

            /** SchedulerMessage sequence. */
            sequence: number;

            /** SchedulerMessage sentAtMs. */
            sentAtMs: number;

            /** SchedulerMessage jobStatusRequest. */
            jobStatusRequest?: (cassandra_mesos.v1.JobStatusRequest.$Properties|null);

            /** SchedulerMessage abortNodeJob. */
            abortNodeJob?: (cassandra_mesos.v1.AbortNodeJob.$Properties|null);

            /** SchedulerMessage healthCheckRequest. */
            healthCheckRequest?: (cassandra_mesos.v1.HealthCheckRequest.$Properties|null);

            /** SchedulerMessage metadataRequest. */
            metadataRequest?: (cassandra_mesos.v1.MetadataRequest.$Properties|null);

            /** SchedulerMessage decommissionRequest. */
            decommissionRequest?: (cassandra_mesos.v1.DecommissionRequest.$Properties|null);

            /** SchedulerMessage removeNodeRequest. */
            removeNodeRequest?: (cassandra_mesos.v1.RemoveNodeRequest.$Properties|null);

            /** SchedulerMessage snapshotRequest. */
            snapshotRequest?: (cassandra_mesos.v1.SnapshotRequest.$Properties|null);

            /** SchedulerMessage clearSnapshotRequest. */
            clearSnapshotRequest?: (cassandra_mesos.v1.ClearSnapshotRequest.$Properties|null);

            /** SchedulerMessage body. */
            body?: ("jobStatusRequest"|"abortNodeJob"|"healthCheckRequest"|"metadataRequest"|"decommissionRequest"|"removeNodeRequest"|"snapshotRequest"|"clearSnapshotRequest");

            /**
             * Creates a new SchedulerMessage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SchedulerMessage instance
             */
            static create(properties: cassandra_mesos.v1.SchedulerMessage.$Shape): cassandra_mesos.v1.SchedulerMessage & cassandra_mesos.v1.SchedulerMessage.$Shape;
            static create(properties?: cassandra_mesos.v1.SchedulerMessage.$Properties): cassandra_mesos.v1.SchedulerMessage;

            /**
             * Encodes the specified SchedulerMessage message. Does not implicitly {@link cassandra_mesos.v1.SchedulerMessage.verify|verify} messages.
             * @param message SchedulerMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassandra_mesos.v1.SchedulerMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SchedulerMessage message, length delimited. Does not implicitly {@link cassandra_mesos.v1.SchedulerMessage.verify|verify} messages.
             * @param message SchedulerMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cassandra_mesos.v1.SchedulerMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SchedulerMessage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassandra_mesos.v1.SchedulerMessage & cassandra_mesos.v1.SchedulerMessage.$Shape} SchedulerMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassandra_mesos.v1.SchedulerMessage & cassandra_mesos.v1.SchedulerMessage.$Shape;

            /**
             * Decodes a SchedulerMessage message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cassandra_mesos.v1.SchedulerMessage & cassandra_mesos.v1.SchedulerMessage.$Shape} SchedulerMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cassandra_mesos.v1.SchedulerMessage & cassandra_mesos.v1.SchedulerMessage.$Shape;

            /**
             * Verifies a SchedulerMessage message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SchedulerMessage message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SchedulerMessage
             */
            static fromObject(object: { [k: string]: any }): cassandra_mesos.v1.SchedulerMessage;

            /**
             * Creates a plain object from a SchedulerMessage message. Also converts values to other types if specified.
             * @param message SchedulerMessage
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cassandra_mesos.v1.SchedulerMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SchedulerMessage to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SchedulerMessage
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SchedulerMessage {

            /** Properties of a SchedulerMessage. */
            interface $Properties {

                /** SchedulerMessage protocolVersion */
                protocolVersion?: (number|null);

                /** SchedulerMessage sequence */
                sequence?: (number|null);

                /** SchedulerMessage sentAtMs */
                sentAtMs?: (number|null);

                /** SchedulerMessage jobStatusRequest */
                jobStatusRequest?: (cassandra_mesos.v1.JobStatusRequest.$Properties|null);

                /** SchedulerMessage abortNodeJob */
                abortNodeJob?: (cassandra_mesos.v1.AbortNodeJob.$Properties|null);

                /** SchedulerMessage healthCheckRequest */
                healthCheckRequest?: (cassandra_mesos.v1.HealthCheckRequest.$Properties|null);

                /** SchedulerMessage metadataRequest */
                metadataRequest?: (cassandra_mesos.v1.MetadataRequest.$Properties|null);

                /** SchedulerMessage decommissionRequest */
                decommissionRequest?: (cassandra_mesos.v1.DecommissionRequest.$Properties|null);

                /** SchedulerMessage removeNodeRequest */
                removeNodeRequest?: (cassandra_mesos.v1.RemoveNodeRequest.$Properties|null);

                /** SchedulerMessage snapshotRequest */
                snapshotRequest?: (cassandra_mesos.v1.SnapshotRequest.$Properties|null);

                /** SchedulerMessage clearSnapshotRequest */
                clearSnapshotRequest?: (cassandra_mesos.v1.ClearSnapshotRequest.$Properties|null);

                /** SchedulerMessage body */
                body?: ("jobStatusRequest"|"abortNodeJob"|"healthCheckRequest"|"metadataRequest"|"decommissionRequest"|"removeNodeRequest"|"snapshotRequest"|"clearSnapshotRequest");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a SchedulerMessage. */
            type $Shape = {
              protocolVersion?: number|null;
              sequence?: number|null;
              sentAtMs?: number|null;
              jobStatusRequest?: cassandra_mesos.v1.JobStatusRequest.$Shape|null;
              abortNodeJob?: cassandra_mesos.v1.AbortNodeJob.$Shape|null;
              healthCheckRequest?: cassandra_mesos.v1.HealthCheckRequest.$Shape|null;
              metadataRequest?: cassandra_mesos.v1.MetadataRequest.$Shape|null;
              decommissionRequest?: cassandra_mesos.v1.DecommissionRequest.$Shape|null;
              removeNodeRequest?: cassandra_mesos.v1.RemoveNodeRequest.$Shape|null;
              snapshotRequest?: cassandra_mesos.v1.SnapshotRequest.$Shape|null;
              clearSnapshotRequest?: cassandra_mesos.v1.ClearSnapshotRequest.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; jobStatusRequest?: null; abortNodeJob?: null; healthCheckRequest?: null; metadataRequest?: null; decommissionRequest?: null; removeNodeRequest?: null; snapshotRequest?: null; clearSnapshotRequest?: null }|{ body?: "jobStatusRequest"; jobStatusRequest: cassandra_mesos.v1.JobStatusRequest.$Shape; abortNodeJob?: null; healthCheckRequest?: null; metadataRequest?: null; decommissionRequest?: null; removeNodeRequest?: null; snapshotRequest?: null; clearSnapshotRequest?: null }|{ body?: "abortNodeJob"; jobStatusRequest?: null; abortNodeJob: cassandra_mesos.v1.AbortNodeJob.$Shape; healthCheckRequest?: null; metadataRequest?: null; decommissionRequest?: null; removeNodeRequest?: null; snapshotRequest?: null; clearSnapshotRequest?: null }|{ body?: "healthCheckRequest"; jobStatusRequest?: null; abortNodeJob?: null; healthCheckRequest: cassandra_mesos.v1.HealthCheckRequest.$Shape; metadataRequest?: null; decommissionRequest?: null; removeNodeRequest?: null; snapshotRequest?: null; clearSnapshotRequest?: null }|{ body?: "metadataRequest"; jobStatusRequest?: null; abortNodeJob?: null; healthCheckRequest?: null; metadataRequest: cassandra_mesos.v1.MetadataRequest.$Shape; decommissionRequest?: null; removeNodeRequest?: null; snapshotRequest?: null; clearSnapshotRequest?: null }|{ body?: "decommissionRequest"; jobStatusRequest?: null; abortNodeJob?: null; healthCheckRequest?: null; metadataRequest?: null; decommissionRequest: cassandra_mesos.v1.DecommissionRequest.$Shape; removeNodeRequest?: null; snapshotRequest?: null; clearSnapshotRequest?: null }|{ body?: "removeNodeRequest"; jobStatusRequest?: null; abortNodeJob?: null; healthCheckRequest?: null; metadataRequest?: null; decommissionRequest?: null; removeNodeRequest: cassandra_mesos.v1.RemoveNodeRequest.$Shape; snapshotRequest?: null; clearSnapshotRequest?: null }|{ body?: "snapshotRequest"; jobStatusRequest?: null; abortNodeJob?: null; healthCheckRequest?: null; metadataRequest?: null; decommissionRequest?: null; removeNodeRequest?: null; snapshotRequest: cassandra_mesos.v1.SnapshotRequest.$Shape; clearSnapshotRequest?: null }|{ body?: "clearSnapshotRequest"; jobStatusRequest?: null; abortNodeJob?: null; healthCheckRequest?: null; metadataRequest?: null; decommissionRequest?: null; removeNodeRequest?: null; snapshotRequest?: null; clearSnapshotRequest: cassandra_mesos.v1.ClearSnapshotRequest.$Shape })
            );
        }

        /**
         * Properties of a JobStatusRequest.
         * @deprecated Use cassandra_mesos.v1.JobStatusRequest.$Properties instead.
         */
        interface IJobStatusRequest extends cassandra_mesos.v1.JobStatusRequest.$Properties {
        }

        /** Represents a JobStatusRequest. */
        class JobStatusRequest {

            /**
             * Constructs a new JobStatusRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassandra_mesos.v1.JobStatusRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** JobStatusRequest jobId. */
            jobId: string;

            /**
             * Creates a new JobStatusRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns JobStatusRequest instance
             */
            static create(properties: cassandra_mesos.v1.JobStatusRequest.$Shape): cassandra_mesos.v1.JobStatusRequest & cassandra_mesos.v1.JobStatusRequest.$Shape;
            static create(properties?: cassandra_mesos.v1.JobStatusRequest.$Properties): cassandra_mesos.v1.JobStatusRequest;

            /**
             * Encodes the specified JobStatusRequest message. Does not implicitly {@link cassandra_mesos.v1.JobStatusRequest.verify|verify} messages.
             * @param message JobStatusRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassandra_mesos.v1.JobStatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified JobStatusRequest message, length delimited. Does not implicitly {@link cassandra_mesos.v1.JobStatusRequest.verify|verify} messages.
             * @param message JobStatusRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cassandra_mesos.v1.JobStatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a JobStatusRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassandra_mesos.v1.JobStatusRequest & cassandra_mesos.v1.JobStatusRequest.$Shape} JobStatusRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassandra_mesos.v1.JobStatusRequest & cassandra_mesos.v1.JobStatusRequest.$Shape;

            /**
             * Decodes a JobStatusRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cassandra_mesos.v1.JobStatusRequest & cassandra_mesos.v1.JobStatusRequest.$Shape} JobStatusRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cassandra_mesos.v1.JobStatusRequest & cassandra_mesos.v1.JobStatusRequest.$Shape;

            /**
             * Verifies a JobStatusRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a JobStatusRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns JobStatusRequest
             */
            static fromObject(object: { [k: string]: any }): cassandra_mesos.v1.JobStatusRequest;

            /**
             * Creates a plain object from a JobStatusRequest message. Also converts values to other types if specified.
             * @param message JobStatusRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cassandra_mesos.v1.JobStatusRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this JobStatusRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for JobStatusRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace JobStatusRequest {

            /** Properties of a JobStatusRequest. */
            interface $Properties {

                /** JobStatusRequest jobId */
                jobId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a JobStatusRequest. */
            type $Shape = cassandra_mesos.v1.JobStatusRequest.$Properties;
        }

        /**
         * Properties of an AbortNodeJob.
         * @deprecated Use cassandra_mesos.v1.AbortNodeJob.$Properties instead.
         */
        interface IAbortNodeJob extends cassandra_mesos.v1.AbortNodeJob.$Properties {
        }

        /** Represents an AbortNodeJob. */
        class AbortNodeJob {

            /**
             * Constructs a new AbortNodeJob.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassandra_mesos.v1.AbortNodeJob.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AbortNodeJob jobId. */
            jobId: string;

            /** AbortNodeJob reason. */
            reason: string;

            /**
             * Creates a new AbortNodeJob instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AbortNodeJob instance
             */
            static create(properties: cassandra_mesos.v1.AbortNodeJob.$Shape): cassandra_mesos.v1.AbortNodeJob & cassandra_mesos.v1.AbortNodeJob.$Shape;
            static create(properties?: cassandra_mesos.v1.AbortNodeJob.$Properties): cassandra_mesos.v1.AbortNodeJob;

            /**
             * Encodes the specified AbortNodeJob message. Does not implicitly {@link cassandra_mesos.v1.AbortNodeJob.verify|verify} messages.
             * @param message AbortNodeJob message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassandra_mesos.v1.AbortNodeJob.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AbortNodeJob message, length delimited. Does not implicitly {@link cassandra_mesos.v1.AbortNodeJob.verify|verify} messages.
             * @param message AbortNodeJob message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cassandra_mesos.v1.AbortNodeJob.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AbortNodeJob message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassandra_mesos.v1.AbortNodeJob & cassandra_mesos.v1.AbortNodeJob.$Shape} AbortNodeJob
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassandra_mesos.v1.AbortNodeJob & cassandra_mesos.v1.AbortNodeJob.$Shape;

            /**
             * Decodes an AbortNodeJob message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cassandra_mesos.v1.AbortNodeJob & cassandra_mesos.v1.AbortNodeJob.$Shape} AbortNodeJob
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cassandra_mesos.v1.AbortNodeJob & cassandra_mesos.v1.AbortNodeJob.$Shape;

            /**
             * Verifies an AbortNodeJob message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AbortNodeJob message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AbortNodeJob
             */
            static fromObject(object: { [k: string]: any }): cassandra_mesos.v1.AbortNodeJob;

            /**
             * Creates a plain object from an AbortNodeJob message. Also converts values to other types if specified.
             * @param message AbortNodeJob
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cassandra_mesos.v1.AbortNodeJob, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AbortNodeJob to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AbortNodeJob
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AbortNodeJob {

            /** Properties of an AbortNodeJob. */
            interface $Properties {

                /** AbortNodeJob jobId */
                jobId?: (string|null);

                /** AbortNodeJob reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AbortNodeJob. */
            type $Shape = cassandra_mesos.v1.AbortNodeJob.$Properties;
        }

        /**
         * Properties of a HealthCheckRequest.
         * @deprecated Use cassandra_mesos.v1.HealthCheckRequest.$Properties instead.
         */
        interface IHealthCheckRequest extends cassandra_mesos.v1.HealthCheckRequest.$Properties {
        }

        /** Represents a HealthCheckRequest. */
        class HealthCheckRequest {

            /**
             * Constructs a new HealthCheckRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassandra_mesos.v1.HealthCheckRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new HealthCheckRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HealthCheckRequest instance
             */
            static create(properties: cassandra_mesos.v1.HealthCheckRequest.$Shape): cassandra_mesos.v1.HealthCheckRequest & cassandra_mesos.v1.HealthCheckRequest.$Shape;
            static create(properties?: cassandra_mesos.v1.HealthCheckRequest.$Properties): cassandra_mesos.v1.HealthCheckRequest;

            /**
             * Encodes the specified HealthCheckRequest message. Does not implicitly {@link cassandra_mesos.v1.HealthCheckRequest.verify|verify} messages.
             * @param message HealthCheckRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassandra_mesos.v1.HealthCheckRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified HealthCheckRequest message, length delimited. Does not implicitly {@link cassandra_mesos.v1.HealthCheckRequest.verify|verify} messages.
             * @param message HealthCheckRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cassandra_mesos.v1.HealthCheckRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HealthCheckRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassandra_mesos.v1.HealthCheckRequest & cassandra_mesos.v1.HealthCheckRequest.$Shape} HealthCheckRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassandra_mesos.v1.HealthCheckRequest & cassandra_mesos.v1.HealthCheckRequest.$Shape;

            /**
             * Decodes a HealthCheckRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cassandra_mesos.v1.HealthCheckRequest & cassandra_mesos.v1.HealthCheckRequest.$Shape} HealthCheckRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cassandra_mesos.v1.HealthCheckRequest & cassandra_mesos.v1.HealthCheckRequest.$Shape;

            /**
             * Verifies a HealthCheckRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a HealthCheckRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HealthCheckRequest
             */
            static fromObject(object: { [k: string]: any }): cassandra_mesos.v1.HealthCheckRequest;

            /**
             * Creates a plain object from a HealthCheckRequest message. Also converts values to other types if specified.
             * @param message HealthCheckRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cassandra_mesos.v1.HealthCheckRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HealthCheckRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for HealthCheckRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HealthCheckRequest {

            /** Properties of a HealthCheckRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HealthCheckRequest. */
            type $Shape = cassandra_mesos.v1.HealthCheckRequest.$Properties;
        }

        /**
         * Properties of a MetadataRequest.
         * @deprecated Use cassandra_mesos.v1.MetadataRequest.$Properties instead.
         */
        interface IMetadataRequest extends cassandra_mesos.v1.MetadataRequest.$Properties {
        }

        /** Represents a MetadataRequest. */
        class MetadataRequest {

            /**
             * Constructs a new MetadataRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassandra_mesos.v1.MetadataRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new MetadataRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MetadataRequest instance
             */
            static create(properties: cassandra_mesos.v1.MetadataRequest.$Shape): cassandra_mesos.v1.MetadataRequest & cassandra_mesos.v1.MetadataRequest.$Shape;
            static create(properties?: cassandra_mesos.v1.MetadataRequest.$Properties): cassandra_mesos.v1.MetadataRequest;

            /**
             * Encodes the specified MetadataRequest message. Does not implicitly {@link cassandra_mesos.v1.MetadataRequest.verify|verify} messages.
             * @param message MetadataRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassandra_mesos.v1.MetadataRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified MetadataRequest message, length delimited. Does not implicitly {@link cassandra_mesos.v1.MetadataRequest.verify|verify} messages.
             * @param message MetadataRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cassandra_mesos.v1.MetadataRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MetadataRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassandra_mesos.v1.MetadataRequest & cassandra_mesos.v1.MetadataRequest.$Shape} MetadataRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassandra_mesos.v1.MetadataRequest & cassandra_mesos.v1.MetadataRequest.$Shape;

            /**
             * Decodes a MetadataRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cassandra_mesos.v1.MetadataRequest & cassandra_mesos.v1.MetadataRequest.$Shape} MetadataRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cassandra_mesos.v1.MetadataRequest & cassandra_mesos.v1.MetadataRequest.$Shape;

            /**
             * Verifies a MetadataRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a MetadataRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MetadataRequest
             */
            static fromObject(object: { [k: string]: any }): cassandra_mesos.v1.MetadataRequest;

            /**
             * Creates a plain object from a MetadataRequest message. Also converts values to other types if specified.
             * @param message MetadataRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cassandra_mesos.v1.MetadataRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MetadataRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MetadataRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MetadataRequest {

            /** Properties of a MetadataRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MetadataRequest. */
            type $Shape = cassandra_mesos.v1.MetadataRequest.$Properties;
        }

        /**
         * Properties of a DecommissionRequest.
         * @deprecated Use cassandra_mesos.v1.DecommissionRequest.$Properties instead.
         */
        interface IDecommissionRequest extends cassandra_mesos.v1.DecommissionRequest.$Properties {
        }

        /** Represents a DecommissionRequest. */
        class DecommissionRequest {

            /**
             * Constructs a new DecommissionRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassandra_mesos.v1.DecommissionRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DecommissionRequest nodeId. */
            nodeId: string;

            /**
             * Creates a new DecommissionRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DecommissionRequest instance
             */
            static create(properties: cassandra_mesos.v1.DecommissionRequest.$Shape): cassandra_mesos.v1.DecommissionRequest & cassandra_mesos.v1.DecommissionRequest.$Shape;
            static create(properties?: cassandra_mesos.v1.DecommissionRequest.$Properties): cassandra_mesos.v1.DecommissionRequest;

            /**
             * Encodes the specified DecommissionRequest message. Does not implicitly {@link cassandra_mesos.v1.DecommissionRequest.verify|verify} messages.
             * @param message DecommissionRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassandra_mesos.v1.DecommissionRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DecommissionRequest message, length delimited. Does not implicitly {@link cassandra_mesos.v1.DecommissionRequest.verify|verify} messages.
             * @param message DecommissionRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cassandra_mesos.v1.DecommissionRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DecommissionRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassandra_mesos.v1.DecommissionRequest & cassandra_mesos.v1.DecommissionRequest.$Shape} DecommissionRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassandra_mesos.v1.DecommissionRequest & cassandra_mesos.v1.DecommissionRequest.$Shape;

            /**
             * Decodes a DecommissionRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cassandra_mesos.v1.DecommissionRequest & cassandra_mesos.v1.DecommissionRequest.$Shape} DecommissionRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cassandra_mesos.v1.DecommissionRequest & cassandra_mesos.v1.DecommissionRequest.$Shape;

            /**
             * Verifies a DecommissionRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DecommissionRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DecommissionRequest
             */
            static fromObject(object: { [k: string]: any }): cassandra_mesos.v1.DecommissionRequest;

            /**
             * Creates a plain object from a DecommissionRequest message. Also converts values to other types if specified.
             * @param message DecommissionRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cassandra_mesos.v1.DecommissionRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DecommissionRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DecommissionRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DecommissionRequest {

            /** Properties of a DecommissionRequest. */
            interface $Properties {

                /** DecommissionRequest nodeId */
                nodeId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DecommissionRequest. */
            type $Shape = cassandra_mesos.v1.DecommissionRequest.$Properties;
        }

        /**
         * Properties of a RemoveNodeRequest.
         * @deprecated Use cassandra_mesos.v1.RemoveNodeRequest.$Properties instead.
         */
        interface IRemoveNodeRequest extends cassandra_mesos.v1.RemoveNodeRequest.$Properties {
        }

        /** Represents a RemoveNodeRequest. */
        class RemoveNodeRequest {

            /**
             * Constructs a new RemoveNodeRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassandra_mesos.v1.RemoveNodeRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RemoveNodeRequest nodeId. */
            nodeId: string;

            /** RemoveNodeRequest hostId. */
            hostId: string;

            /**
             * Creates a new RemoveNodeRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RemoveNodeRequest instance
             */
            static create(properties: cassandra_mesos.v1.RemoveNodeRequest.$Shape): cassandra_mesos.v1.RemoveNodeRequest & cassandra_mesos.v1.RemoveNodeRequest.$Shape;
            static create(properties?: cassandra_mesos.v1.RemoveNodeRequest.$Properties): cassandra_mesos.v1.RemoveNodeRequest;

            /**
             * Encodes the specified RemoveNodeRequest message. Does not implicitly {@link cassandra_mesos.v1.RemoveNodeRequest.verify|verify} messages.
             * @param message RemoveNodeRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassandra_mesos.v1.RemoveNodeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RemoveNodeRequest message, length delimited. Does not implicitly {@link cassandra_mesos.v1.RemoveNodeRequest.verify|verify} messages.
             * @param message RemoveNodeRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cassandra_mesos.v1.RemoveNodeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RemoveNodeRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassandra_mesos.v1.RemoveNodeRequest & cassandra_mesos.v1.RemoveNodeRequest.$Shape} RemoveNodeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassandra_mesos.v1.RemoveNodeRequest & cassandra_mesos.v1.RemoveNodeRequest.$Shape;

            /**
             * Decodes a RemoveNodeRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cassandra_mesos.v1.RemoveNodeRequest & cassandra_mesos.v1.RemoveNodeRequest.$Shape} RemoveNodeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cassandra_mesos.v1.RemoveNodeRequest & cassandra_mesos.v1.RemoveNodeRequest.$Shape;

            /**
             * Verifies a RemoveNodeRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RemoveNodeRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RemoveNodeRequest
             */
            static fromObject(object: { [k: string]: any }): cassandra_mesos.v1.RemoveNodeRequest;

            /**
             * Creates a plain object from a RemoveNodeRequest message. Also converts values to other types if specified.
             * @param message RemoveNodeRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cassandra_mesos.v1.RemoveNodeRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RemoveNodeRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RemoveNodeRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RemoveNodeRequest {

            /** Properties of a RemoveNodeRequest. */
            interface $Properties {

                /** RemoveNodeRequest nodeId */
                nodeId?: (string|null);

                /** RemoveNodeRequest hostId */
                hostId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RemoveNodeRequest. */
            type $Shape = cassandra_mesos.v1.RemoveNodeRequest.$Properties;
        }

        /**
         * Properties of a SnapshotRequest.
         * @deprecated Use cassandra_mesos.v1.SnapshotRequest.$Properties instead.
         */
        interface ISnapshotRequest extends cassandra_mesos.v1.SnapshotRequest.$Properties {
        }

        /** Represents a SnapshotRequest. */
        class SnapshotRequest {

            /**
             * Constructs a new SnapshotRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassandra_mesos.v1.SnapshotRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SnapshotRequest jobId. */
            jobId: string;

            /** SnapshotRequest tag. */
            tag: string;

            /** SnapshotRequest keyspaces. */
            keyspaces: string[];

            /**
             * Creates a new SnapshotRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SnapshotRequest instance
             */
            static create(properties: cassandra_mesos.v1.SnapshotRequest.$Shape): cassandra_mesos.v1.SnapshotRequest & cassandra_mesos.v1.SnapshotRequest.$Shape;
            static create(properties?: cassandra_mesos.v1.SnapshotRequest.$Properties): cassandra_mesos.v1.SnapshotRequest;

            /**
             * Encodes the specified SnapshotRequest message. Does not implicitly {@link cassandra_mesos.v1.SnapshotRequest.verify|verify} messages.
             * @param message SnapshotRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassandra_mesos.v1.SnapshotRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SnapshotRequest message, length delimited. Does not implicitly {@link cassandra_mesos.v1.SnapshotRequest.verify|verify} messages.
             * @param message SnapshotRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cassandra_mesos.v1.SnapshotRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SnapshotRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassandra_mesos.v1.SnapshotRequest & cassandra_mesos.v1.SnapshotRequest.$Shape} SnapshotRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassandra_mesos.v1.SnapshotRequest & cassandra_mesos.v1.SnapshotRequest.$Shape;

            /**
             * Decodes a SnapshotRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cassandra_mesos.v1.SnapshotRequest & cassandra_mesos.v1.SnapshotRequest.$Shape} SnapshotRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cassandra_mesos.v1.SnapshotRequest & cassandra_mesos.v1.SnapshotRequest.$Shape;

            /**
             * Verifies a SnapshotRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SnapshotRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SnapshotRequest
             */
            static fromObject(object: { [k: string]: any }): cassandra_mesos.v1.SnapshotRequest;

            /**
             * Creates a plain object from a SnapshotRequest message. Also converts values to other types if specified.
             * @param message SnapshotRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cassandra_mesos.v1.SnapshotRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SnapshotRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SnapshotRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SnapshotRequest {

            /** Properties of a SnapshotRequest. */
            interface $Properties {

                /** SnapshotRequest jobId */
                jobId?: (string|null);

                /** SnapshotRequest tag */
                tag?: (string|null);

                /** SnapshotRequest keyspaces */
                keyspaces?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SnapshotRequest. */
            type $Shape = cassandra_mesos.v1.SnapshotRequest.$Properties;
        }

        /**
         * Properties of a ClearSnapshotRequest.
         * @deprecated Use cassandra_mesos.v1.ClearSnapshotRequest.$Properties instead.
         */
        interface IClearSnapshotRequest extends cassandra_mesos.v1.ClearSnapshotRequest.$Properties {
        }

        /** Represents a ClearSnapshotRequest. */
        class ClearSnapshotRequest {

            /**
             * Constructs a new ClearSnapshotRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassandra_mesos.v1.ClearSnapshotRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ClearSnapshotRequest jobId. */
            jobId: string;

            /** ClearSnapshotRequest tag. */
            tag: string;

            /**
             * Creates a new ClearSnapshotRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ClearSnapshotRequest instance
             */
            static create(properties: cassandra_mesos.v1.ClearSnapshotRequest.$Shape): cassandra_mesos.v1.ClearSnapshotRequest & cassandra_mesos.v1.ClearSnapshotRequest.$Shape;
            static create(properties?: cassandra_mesos.v1.ClearSnapshotRequest.$Properties): cassandra_mesos.v1.ClearSnapshotRequest;

            /**
             * Encodes the specified ClearSnapshotRequest message. Does not implicitly {@link cassandra_mesos.v1.ClearSnapshotRequest.verify|verify} messages.
             * @param message ClearSnapshotRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassandra_mesos.v1.ClearSnapshotRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ClearSnapshotRequest message, length delimited. Does not implicitly {@link cassandra_mesos.v1.ClearSnapshotRequest.verify|verify} messages.
             * @param message ClearSnapshotRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cassandra_mesos.v1.ClearSnapshotRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ClearSnapshotRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassandra_mesos.v1.ClearSnapshotRequest & cassandra_mesos.v1.ClearSnapshotRequest.$Shape} ClearSnapshotRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassandra_mesos.v1.ClearSnapshotRequest & cassandra_mesos.v1.ClearSnapshotRequest.$Shape;

            /**
             * Decodes a ClearSnapshotRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cassandra_mesos.v1.ClearSnapshotRequest & cassandra_mesos.v1.ClearSnapshotRequest.$Shape} ClearSnapshotRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cassandra_mesos.v1.ClearSnapshotRequest & cassandra_mesos.v1.ClearSnapshotRequest.$Shape;

            /**
             * Verifies a ClearSnapshotRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ClearSnapshotRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ClearSnapshotRequest
             */
            static fromObject(object: { [k: string]: any }): cassandra_mesos.v1.ClearSnapshotRequest;

            /**
             * Creates a plain object from a ClearSnapshotRequest message. Also converts values to other types if specified.
             * @param message ClearSnapshotRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cassandra_mesos.v1.ClearSnapshotRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ClearSnapshotRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ClearSnapshotRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ClearSnapshotRequest {

            /** Properties of a ClearSnapshotRequest. */
            interface $Properties {

                /** ClearSnapshotRequest jobId */
                jobId?: (string|null);

                /** ClearSnapshotRequest tag */
                tag?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ClearSnapshotRequest. */
            type $Shape = cassandra_mesos.v1.ClearSnapshotRequest.$Properties;
        }

        /**
         * Properties of an ExecutorMessage.
         * @deprecated Use cassandra_mesos.v1.ExecutorMessage.$Properties instead.
         */
        interface IExecutorMessage extends cassandra_mesos.v1.ExecutorMessage.$Properties {
        }

        /** Represents an ExecutorMessage. */
        class ExecutorMessage {

            /**
             * Constructs a new ExecutorMessage.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassandra_mesos.v1.ExecutorMessage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ExecutorMessage protocolVersion. */
            protocolVersion: number;

            /** ExecutorMessage sequence. */
            sequence: number;

            /** ExecutorMessage sentAtMs. */
            sentAtMs: number;

            /** ExecutorMessage nodeId. */
            nodeId: string;

            /** ExecutorMessage executorId. */
            executorId: string;

            /** ExecutorMessage health. */
            health?: (cassandra_mesos.v1.HealthCheckDetails.$Properties|null);

            /** ExecutorMessage jobProgress. */
            jobProgress?: (cassandra_mesos.v1.NodeJobRecord.$Properties|null);

            /** ExecutorMessage metadata. */
            metadata?: (cassandra_mesos.v1.ExecutorMetadata.$Properties|null);

            /** ExecutorMessage protocolError. */
            protocolError?: (cassandra_mesos.v1.ProtocolError.$Properties|null);

            /** ExecutorMessage ringChange. */
            ringChange?: (cassandra_mesos.v1.RingChange.$Properties|null);

            /** ExecutorMessage snapshotResult. */
            snapshotResult?: (cassandra_mesos.v1.SnapshotResult.$Properties|null);

            /** ExecutorMessage body. */
            body?: ("health"|"jobProgress"|"metadata"|"protocolError"|"ringChange"|"snapshotResult");

            /**
             * Creates a new ExecutorMessage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ExecutorMessage instance
             */
            static create(properties: cassandra_mesos.v1.ExecutorMessage.$Shape): cassandra_mesos.v1.ExecutorMessage & cassandra_mesos.v1.ExecutorMessage.$Shape;
            static create(properties?: cassandra_mesos.v1.ExecutorMessage.$Properties): cassandra_mesos.v1.ExecutorMessage;

            /**
             * Encodes the specified ExecutorMessage message. Does not implicitly {@link cassandra_mesos.v1.ExecutorMessage.verify|verify} messages.
             * @param message ExecutorMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassandra_mesos.v1.ExecutorMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ExecutorMessage message, length delimited. Does not implicitly {@link cassandra_mesos.v1.ExecutorMessage.verify|verify} messages.
             * @param message ExecutorMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cassandra_mesos.v1.ExecutorMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ExecutorMessage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassandra_mesos.v1.ExecutorMessage & cassandra_mesos.v1.ExecutorMessage.$Shape} ExecutorMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassandra_mesos.v1.ExecutorMessage & cassandra_mesos.v1.ExecutorMessage.$Shape;

            /**
             * Decodes an ExecutorMessage message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cassandra_mesos.v1.ExecutorMessage & cassandra_mesos.v1.ExecutorMessage.$Shape} ExecutorMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cassandra_mesos.v1.ExecutorMessage & cassandra_mesos.v1.ExecutorMessage.$Shape;

            /**
             * Verifies an ExecutorMessage message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an ExecutorMessage message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ExecutorMessage
             */
            static fromObject(object: { [k: string]: any }): cassandra_mesos.v1.ExecutorMessage;

            /**
             * Creates a plain object from an ExecutorMessage message. Also converts values to other types if specified.
             * @param message ExecutorMessage
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cassandra_mesos.v1.ExecutorMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ExecutorMessage to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ExecutorMessage
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ExecutorMessage {

            /** Properties of an ExecutorMessage. */
            interface $Properties {

                /** ExecutorMessage protocolVersion */
                protocolVersion?: (number|null);

                /** ExecutorMessage sequence */
                sequence?: (number|null);

                /** ExecutorMessage sentAtMs */
                sentAtMs?: (number|null);

                /** ExecutorMessage nodeId */
                nodeId?: (string|null);

                /** ExecutorMessage executorId */
                executorId?: (string|null);

                /** ExecutorMessage health */
                health?: (cassandra_mesos.v1.HealthCheckDetails.$Properties|null);

                /** ExecutorMessage jobProgress */
                jobProgress?: (cassandra_mesos.v1.NodeJobRecord.$Properties|null);

                /** ExecutorMessage metadata */
                metadata?: (cassandra_mesos.v1.ExecutorMetadata.$Properties|null);

                /** ExecutorMessage protocolError */
                protocolError?: (cassandra_mesos.v1.ProtocolError.$Properties|null);

                /** ExecutorMessage ringChange */
                ringChange?: (cassandra_mesos.v1.RingChange.$Properties|null);

                /** ExecutorMessage snapshotResult */
                snapshotResult?: (cassandra_mesos.v1.SnapshotResult.$Properties|null);

                /** ExecutorMessage body */
                body?: ("health"|"jobProgress"|"metadata"|"protocolError"|"ringChange"|"snapshotResult");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of an ExecutorMessage. */
            type $Shape = {
              protocolVersion?: number|null;
              sequence?: number|null;
              sentAtMs?: number|null;
              nodeId?: string|null;
              executorId?: string|null;
              health?: cassandra_mesos.v1.HealthCheckDetails.$Shape|null;
              jobProgress?: cassandra_mesos.v1.NodeJobRecord.$Shape|null;
              metadata?: cassandra_mesos.v1.ExecutorMetadata.$Shape|null;
              protocolError?: cassandra_mesos.v1.ProtocolError.$Shape|null;
              ringChange?: cassandra_mesos.v1.RingChange.$Shape|null;
              snapshotResult?: cassandra_mesos.v1.SnapshotResult.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; health?: null; jobProgress?: null; metadata?: null; protocolError?: null; ringChange?: null; snapshotResult?: null }|{ body?: "health"; health: cassandra_mesos.v1.HealthCheckDetails.$Shape; jobProgress?: null; metadata?: null; protocolError?: null; ringChange?: null; snapshotResult?: null }|{ body?: "jobProgress"; health?: null; jobProgress: cassandra_mesos.v1.NodeJobRecord.$Shape; metadata?: null; protocolError?: null; ringChange?: null; snapshotResult?: null }|{ body?: "metadata"; health?: null; jobProgress?: null; metadata: cassandra_mesos.v1.ExecutorMetadata.$Shape; protocolError?: null; ringChange?: null; snapshotResult?: null }|{ body?: "protocolError"; health?: null; jobProgress?: null; metadata?: null; protocolError: cassandra_mesos.v1.ProtocolError.$Shape; ringChange?: null; snapshotResult?: null }|{ body?: "ringChange"; health?: null; jobProgress?: null; metadata?: null; protocolError?: null; ringChange: cassandra_mesos.v1.RingChange.$Shape; snapshotResult?: null }|{ body?: "snapshotResult"; health?: null; jobProgress?: null; metadata?: null; protocolError?: null; ringChange?: null; snapshotResult: cassandra_mesos.v1.SnapshotResult.$Shape })
            );
        }

        /**
         * Properties of a SnapshotResult.
         * @deprecated Use cassandra_mesos.v1.SnapshotResult.$Properties instead.
         */
        interface ISnapshotResult extends cassandra_mesos.v1.SnapshotResult.$Properties {
        }

        /** Represents a SnapshotResult. */
        class SnapshotResult {

            /**
             * Constructs a new SnapshotResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassandra_mesos.v1.SnapshotResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SnapshotResult jobId. */
            jobId: string;

            /** SnapshotResult tag. */
            tag: string;

            /** SnapshotResult ok. */
            ok: boolean;

            /** SnapshotResult message. */
            message: string;

            /** SnapshotResult durationMs. */
            durationMs: number;

            /**
             * Creates a new SnapshotResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SnapshotResult instance
             */
            static create(properties: cassandra_mesos.v1.SnapshotResult.$Shape): cassandra_mesos.v1.SnapshotResult & cassandra_mesos.v1.SnapshotResult.$Shape;
            static create(properties?: cassandra_mesos.v1.SnapshotResult.$Properties): cassandra_mesos.v1.SnapshotResult;

            /**
             * Encodes the specified SnapshotResult message. Does not implicitly {@link cassandra_mesos.v1.SnapshotResult.verify|verify} messages.
             * @param message SnapshotResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassandra_mesos.v1.SnapshotResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SnapshotResult message, length delimited. Does not implicitly {@link cassandra_mesos.v1.SnapshotResult.verify|verify} messages.
             * @param message SnapshotResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cassandra_mesos.v1.SnapshotResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SnapshotResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassandra_mesos.v1.SnapshotResult & cassandra_mesos.v1.SnapshotResult.$Shape} SnapshotResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassandra_mesos.v1.SnapshotResult & cassandra_mesos.v1.SnapshotResult.$Shape;

            /**
             * Decodes a SnapshotResult message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cassandra_mesos.v1.SnapshotResult & cassandra_mesos.v1.SnapshotResult.$Shape} SnapshotResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cassandra_mesos.v1.SnapshotResult & cassandra_mesos.v1.SnapshotResult.$Shape;

            /**
             * Verifies a SnapshotResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SnapshotResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SnapshotResult
             */
            static fromObject(object: { [k: string]: any }): cassandra_mesos.v1.SnapshotResult;

            /**
             * Creates a plain object from a SnapshotResult message. Also converts values to other types if specified.
             * @param message SnapshotResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cassandra_mesos.v1.SnapshotResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SnapshotResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SnapshotResult
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SnapshotResult {

            /** Properties of a SnapshotResult. */
            interface $Properties {

                /** SnapshotResult jobId */
                jobId?: (string|null);

                /** SnapshotResult tag */
                tag?: (string|null);

                /** SnapshotResult ok */
                ok?: (boolean|null);

                /** SnapshotResult message */
                message?: (string|null);

                /** SnapshotResult durationMs */
                durationMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SnapshotResult. */
            type $Shape = cassandra_mesos.v1.SnapshotResult.$Properties;
        }

        /** RingChangeOperation enum. */
        enum RingChangeOperation {

            /** RING_CHANGE_OPERATION_UNSPECIFIED value */
            RING_CHANGE_OPERATION_UNSPECIFIED = 0,

            /** DECOMMISSION value */
            DECOMMISSION = 1,

            /** REMOVE_NODE value */
            REMOVE_NODE = 2
        }

        /** RingChangeState enum. */
        enum RingChangeState {

            /** RING_CHANGE_STATE_UNSPECIFIED value */
            RING_CHANGE_STATE_UNSPECIFIED = 0,

            /** RING_CHANGE_STARTED value */
            RING_CHANGE_STARTED = 1,

            /** RING_CHANGE_SUCCEEDED value */
            RING_CHANGE_SUCCEEDED = 2,

            /** RING_CHANGE_FAILED value */
            RING_CHANGE_FAILED = 3
        }

        /**
         * Properties of a RingChange.
         * @deprecated Use cassandra_mesos.v1.RingChange.$Properties instead.
         */
        interface IRingChange extends cassandra_mesos.v1.RingChange.$Properties {
        }

        /** Represents a RingChange. */
        class RingChange {

            /**
             * Constructs a new RingChange.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassandra_mesos.v1.RingChange.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RingChange operation. */
            operation: cassandra_mesos.v1.RingChangeOperation;

            /** RingChange nodeId. */
            nodeId: string;

            /** RingChange state. */
            state: cassandra_mesos.v1.RingChangeState;

            /** RingChange message. */
            message: string;

            /** RingChange durationMs. */
            durationMs: number;

            /**
             * Creates a new RingChange instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RingChange instance
             */
            static create(properties: cassandra_mesos.v1.RingChange.$Shape): cassandra_mesos.v1.RingChange & cassandra_mesos.v1.RingChange.$Shape;
            static create(properties?: cassandra_mesos.v1.RingChange.$Properties): cassandra_mesos.v1.RingChange;

            /**
             * Encodes the specified RingChange message. Does not implicitly {@link cassandra_mesos.v1.RingChange.verify|verify} messages.
             * @param message RingChange message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassandra_mesos.v1.RingChange.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RingChange message, length delimited. Does not implicitly {@link cassandra_mesos.v1.RingChange.verify|verify} messages.
             * @param message RingChange message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cassandra_mesos.v1.RingChange.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RingChange message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassandra_mesos.v1.RingChange & cassandra_mesos.v1.RingChange.$Shape} RingChange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassandra_mesos.v1.RingChange & cassandra_mesos.v1.RingChange.$Shape;

            /**
             * Decodes a RingChange message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cassandra_mesos.v1.RingChange & cassandra_mesos.v1.RingChange.$Shape} RingChange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cassandra_mesos.v1.RingChange & cassandra_mesos.v1.RingChange.$Shape;

            /**
             * Verifies a RingChange message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RingChange message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RingChange
             */
            static fromObject(object: { [k: string]: any }): cassandra_mesos.v1.RingChange;

            /**
             * Creates a plain object from a RingChange message. Also converts values to other types if specified.
             * @param message RingChange
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cassandra_mesos.v1.RingChange, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RingChange to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RingChange
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RingChange {

            /** Properties of a RingChange. */
            interface $Properties {

                /** RingChange operation */
                operation?: (cassandra_mesos.v1.RingChangeOperation|null);

                /** RingChange nodeId */
                nodeId?: (string|null);

                /** RingChange state */
                state?: (cassandra_mesos.v1.RingChangeState|null);

                /** RingChange message */
                message?: (string|null);

                /** RingChange durationMs */
                durationMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RingChange. */
            type $Shape = cassandra_mesos.v1.RingChange.$Properties;
        }

        /**
         * Properties of a ProtocolError.
         * @deprecated Use cassandra_mesos.v1.ProtocolError.$Properties instead.
         */
        interface IProtocolError extends cassandra_mesos.v1.ProtocolError.$Properties {
        }

        /** Represents a ProtocolError. */
        class ProtocolError {

            /**
             * Constructs a new ProtocolError.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassandra_mesos.v1.ProtocolError.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ProtocolError code. */
            code: string;

            /** ProtocolError message. */
            message: string;

            /**
             * Creates a new ProtocolError instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ProtocolError instance
             */
            static create(properties: cassandra_mesos.v1.ProtocolError.$Shape): cassandra_mesos.v1.ProtocolError & cassandra_mesos.v1.ProtocolError.$Shape;
            static create(properties?: cassandra_mesos.v1.ProtocolError.$Properties): cassandra_mesos.v1.ProtocolError;

            /**
             * Encodes the specified ProtocolError message. Does not implicitly {@link cassandra_mesos.v1.ProtocolError.verify|verify} messages.
             * @param message ProtocolError message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassandra_mesos.v1.ProtocolError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ProtocolError message, length delimited. Does not implicitly {@link cassandra_mesos.v1.ProtocolError.verify|verify} messages.
             * @param message ProtocolError message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cassandra_mesos.v1.ProtocolError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ProtocolError message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassandra_mesos.v1.ProtocolError & cassandra_mesos.v1.ProtocolError.$Shape} ProtocolError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassandra_mesos.v1.ProtocolError & cassandra_mesos.v1.ProtocolError.$Shape;

            /**
             * Decodes a ProtocolError message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cassandra_mesos.v1.ProtocolError & cassandra_mesos.v1.ProtocolError.$Shape} ProtocolError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cassandra_mesos.v1.ProtocolError & cassandra_mesos.v1.ProtocolError.$Shape;

            /**
             * Verifies a ProtocolError message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ProtocolError message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ProtocolError
             */
            static fromObject(object: { [k: string]: any }): cassandra_mesos.v1.ProtocolError;

            /**
             * Creates a plain object from a ProtocolError message. Also converts values to other types if specified.
             * @param message ProtocolError
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cassandra_mesos.v1.ProtocolError, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ProtocolError to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ProtocolError
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ProtocolError {

            /** Properties of a ProtocolError. */
            interface $Properties {

                /** ProtocolError code */
                code?: (string|null);

                /** ProtocolError message */
                message?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ProtocolError. */
            type $Shape = cassandra_mesos.v1.ProtocolError.$Properties;
        }

        /**
         * Properties of a TaskStatusDetails.
         * @deprecated Use cassandra_mesos.v1.TaskStatusDetails.$Properties instead.
         */
        interface ITaskStatusDetails extends cassandra_mesos.v1.TaskStatusDetails.$Properties {
        }

        /** Represents a TaskStatusDetails. */
        class TaskStatusDetails {

            /**
             * Constructs a new TaskStatusDetails.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassandra_mesos.v1.TaskStatusDetails.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TaskStatusDetails protocolVersion. */
            protocolVersion: number;

            /** TaskStatusDetails nodeId. */
            nodeId: string;

            /** TaskStatusDetails serverStarted. */
            serverStarted?: (cassandra_mesos.v1.ServerStarted.$Properties|null);

            /** TaskStatusDetails serverExited. */
            serverExited?: (cassandra_mesos.v1.ServerExited.$Properties|null);

            /** TaskStatusDetails jobResult. */
            jobResult?: (cassandra_mesos.v1.NodeJobRecord.$Properties|null);

            /** TaskStatusDetails error. */
            error?: (cassandra_mesos.v1.TaskError.$Properties|null);

            /** TaskStatusDetails details. */
            details?: ("serverStarted"|"serverExited"|"jobResult"|"error");

            /**
             * Creates a new TaskStatusDetails instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TaskStatusDetails instance
             */
            static create(properties: cassandra_mesos.v1.TaskStatusDetails.$Shape): cassandra_mesos.v1.TaskStatusDetails & cassandra_mesos.v1.TaskStatusDetails.$Shape;
            static create(properties?: cassandra_mesos.v1.TaskStatusDetails.$Properties): cassandra_mesos.v1.TaskStatusDetails;

            /**
             * Encodes the specified TaskStatusDetails message. Does not implicitly {@link cassandra_mesos.v1.TaskStatusDetails.verify|verify} messages.
             * @param message TaskStatusDetails message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassandra_mesos.v1.TaskStatusDetails.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TaskStatusDetails message, length delimited. Does not implicitly {@link cassandra_mesos.v1.TaskStatusDetails.verify|verify} messages.
             * @param message TaskStatusDetails message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cassandra_mesos.v1.TaskStatusDetails.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TaskStatusDetails message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassandra_mesos.v1.TaskStatusDetails & cassandra_mesos.v1.TaskStatusDetails.$Shape} TaskStatusDetails
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassandra_mesos.v1.TaskStatusDetails & cassandra_mesos.v1.TaskStatusDetails.$Shape;

            /**
             * Decodes a TaskStatusDetails message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cassandra_mesos.v1.TaskStatusDetails & cassandra_mesos.v1.TaskStatusDetails.$Shape} TaskStatusDetails
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cassandra_mesos.v1.TaskStatusDetails & cassandra_mesos.v1.TaskStatusDetails.$Shape;

            /**
             * Verifies a TaskStatusDetails message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TaskStatusDetails message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TaskStatusDetails
             */
            static fromObject(object: { [k: string]: any }): cassandra_mesos.v1.TaskStatusDetails;

            /**
             * Creates a plain object from a TaskStatusDetails message. Also converts values to other types if specified.
             * @param message TaskStatusDetails
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cassandra_mesos.v1.TaskStatusDetails, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TaskStatusDetails to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TaskStatusDetails
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TaskStatusDetails {

            /** Properties of a TaskStatusDetails. */
            interface $Properties {

                /** TaskStatusDetails protocolVersion */
                protocolVersion?: (number|null);

                /** TaskStatusDetails nodeId */
                nodeId?: (string|null);

                /** TaskStatusDetails serverStarted */
                serverStarted?: (cassandra_mesos.v1.ServerStarted.$Properties|null);

                /** TaskStatusDetails serverExited */
                serverExited?: (cassandra_mesos.v1.ServerExited.$Properties|null);

                /** TaskStatusDetails jobResult */
                jobResult?: (cassandra_mesos.v1.NodeJobRecord.$Properties|null);

                /** TaskStatusDetails error */
                error?: (cassandra_mesos.v1.TaskError.$Properties|null);

                /** TaskStatusDetails details */
                details?: ("serverStarted"|"serverExited"|"jobResult"|"error");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a TaskStatusDetails. */
            type $Shape = {
              protocolVersion?: number|null;
              nodeId?: string|null;
              serverStarted?: cassandra_mesos.v1.ServerStarted.$Shape|null;
              serverExited?: cassandra_mesos.v1.ServerExited.$Shape|null;
              jobResult?: cassandra_mesos.v1.NodeJobRecord.$Shape|null;
              error?: cassandra_mesos.v1.TaskError.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ details?: undefined; serverStarted?: null; serverExited?: null; jobResult?: null; error?: null }|{ details?: "serverStarted"; serverStarted: cassandra_mesos.v1.ServerStarted.$Shape; serverExited?: null; jobResult?: null; error?: null }|{ details?: "serverExited"; serverStarted?: null; serverExited: cassandra_mesos.v1.ServerExited.$Shape; jobResult?: null; error?: null }|{ details?: "jobResult"; serverStarted?: null; serverExited?: null; jobResult: cassandra_mesos.v1.NodeJobRecord.$Shape; error?: null }|{ details?: "error"; serverStarted?: null; serverExited?: null; jobResult?: null; error: cassandra_mesos.v1.TaskError.$Shape })
            );
        }

        /**
         * Properties of a ServerStarted.
         * @deprecated Use cassandra_mesos.v1.ServerStarted.$Properties instead.
         */
        interface IServerStarted extends cassandra_mesos.v1.ServerStarted.$Properties {
        }

        /** Represents a ServerStarted. */
        class ServerStarted {

            /**
             * Constructs a new ServerStarted.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassandra_mesos.v1.ServerStarted.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ServerStarted pid. */
            pid: number;

            /** ServerStarted ports. */
            ports?: (cassandra_mesos.v1.NodePorts.$Properties|null);

            /** ServerStarted jolokiaUrl. */
            jolokiaUrl: string;

            /** ServerStarted configId. */
            configId: string;

            /**
             * Creates a new ServerStarted instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ServerStarted instance
             */
            static create(properties: cassandra_mesos.v1.ServerStarted.$Shape): cassandra_mesos.v1.ServerStarted & cassandra_mesos.v1.ServerStarted.$Shape;
            static create(properties?: cassandra_mesos.v1.ServerStarted.$Properties): cassandra_mesos.v1.ServerStarted;

            /**
             * Encodes the specified ServerStarted message. Does not implicitly {@link cassandra_mesos.v1.ServerStarted.verify|verify} messages.
             * @param message ServerStarted message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassandra_mesos.v1.ServerStarted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ServerStarted message, length delimited. Does not implicitly {@link cassandra_mesos.v1.ServerStarted.verify|verify} messages.
             * @param message ServerStarted message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cassandra_mesos.v1.ServerStarted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ServerStarted message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassandra_mesos.v1.ServerStarted & cassandra_mesos.v1.ServerStarted.$Shape} ServerStarted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassandra_mesos.v1.ServerStarted & cassandra_mesos.v1.ServerStarted.$Shape;

            /**
             * Decodes a ServerStarted message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cassandra_mesos.v1.ServerStarted & cassandra_mesos.v1.ServerStarted.$Shape} ServerStarted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cassandra_mesos.v1.ServerStarted & cassandra_mesos.v1.ServerStarted.$Shape;

            /**
             * Verifies a ServerStarted message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ServerStarted message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ServerStarted
             */
            static fromObject(object: { [k: string]: any }): cassandra_mesos.v1.ServerStarted;

            /**
             * Creates a plain object from a ServerStarted message. Also converts values to other types if specified.
             * @param message ServerStarted
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cassandra_mesos.v1.ServerStarted, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ServerStarted to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ServerStarted
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ServerStarted {

            /** Properties of a ServerStarted. */
            interface $Properties {

                /** ServerStarted pid */
                pid?: (number|null);

                /** ServerStarted ports */
                ports?: (cassandra_mesos.v1.NodePorts.$Properties|null);

                /** ServerStarted jolokiaUrl */
                jolokiaUrl?: (string|null);

                /** ServerStarted configId */
                configId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ServerStarted. */
            type $Shape = cassandra_mesos.v1.ServerStarted.$Properties;
        }

        /**
         * Properties of a ServerExited.
         * @deprecated Use cassandra_mesos.v1.ServerExited.$Properties instead.
         */
        interface IServerExited extends cassandra_mesos.v1.ServerExited.$Properties {
        }

        /** Represents a ServerExited. */
        class ServerExited {

            /**
             * Constructs a new ServerExited.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassandra_mesos.v1.ServerExited.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ServerExited exitCode. */
            exitCode: number;

            /** ServerExited signal. */
            signal: string;

            /** ServerExited logTail. */
            logTail: string[];

            /** ServerExited drained. */
            drained: boolean;

            /**
             * Creates a new ServerExited instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ServerExited instance
             */
            static create(properties: cassandra_mesos.v1.ServerExited.$Shape): cassandra_mesos.v1.ServerExited & cassandra_mesos.v1.ServerExited.$Shape;
            static create(properties?: cassandra_mesos.v1.ServerExited.$Properties): cassandra_mesos.v1.ServerExited;

            /**
             * Encodes the specified ServerExited message. Does not implicitly {@link cassandra_mesos.v1.ServerExited.verify|verify} messages.
             * @param message ServerExited message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassandra_mesos.v1.ServerExited.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ServerExited message, length delimited. Does not implicitly {@link cassandra_mesos.v1.ServerExited.verify|verify} messages.
             * @param message ServerExited message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cassandra_mesos.v1.ServerExited.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ServerExited message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassandra_mesos.v1.ServerExited & cassandra_mesos.v1.ServerExited.$Shape} ServerExited
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassandra_mesos.v1.ServerExited & cassandra_mesos.v1.ServerExited.$Shape;

            /**
             * Decodes a ServerExited message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cassandra_mesos.v1.ServerExited & cassandra_mesos.v1.ServerExited.$Shape} ServerExited
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cassandra_mesos.v1.ServerExited & cassandra_mesos.v1.ServerExited.$Shape;

            /**
             * Verifies a ServerExited message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ServerExited message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ServerExited
             */
            static fromObject(object: { [k: string]: any }): cassandra_mesos.v1.ServerExited;

            /**
             * Creates a plain object from a ServerExited message. Also converts values to other types if specified.
             * @param message ServerExited
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cassandra_mesos.v1.ServerExited, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ServerExited to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ServerExited
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ServerExited {

            /** Properties of a ServerExited. */
            interface $Properties {

                /** ServerExited exitCode */
                exitCode?: (number|null);

                /** ServerExited signal */
                signal?: (string|null);

                /** ServerExited logTail */
                logTail?: (string[]|null);

                /** ServerExited drained */
                drained?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ServerExited. */
            type $Shape = cassandra_mesos.v1.ServerExited.$Properties;
        }

        /** TaskErrorType enum. */
        enum TaskErrorType {

            /** TASK_ERROR_TYPE_UNSPECIFIED value */
            TASK_ERROR_TYPE_UNSPECIFIED = 0,

            /** INVALID_TASK value */
            INVALID_TASK = 1,

            /** START_FAILED value */
            START_FAILED = 2,

            /** PROCESS_NOT_RUNNING value */
            PROCESS_NOT_RUNNING = 3,

            /** ANOTHER_JOB_RUNNING value */
            ANOTHER_JOB_RUNNING = 4,

            /** JOB_FAILED value */
            JOB_FAILED = 5,

            /** CONFIG_WRITE_FAILED value */
            CONFIG_WRITE_FAILED = 6
        }

        /**
         * Properties of a TaskError.
         * @deprecated Use cassandra_mesos.v1.TaskError.$Properties instead.
         */
        interface ITaskError extends cassandra_mesos.v1.TaskError.$Properties {
        }

        /** Represents a TaskError. */
        class TaskError {

            /**
             * Constructs a new TaskError.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassandra_mesos.v1.TaskError.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TaskError type. */
            type: cassandra_mesos.v1.TaskErrorType;

            /** TaskError message. */
            message: string;

            /**
             * Creates a new TaskError instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TaskError instance
             */
            static create(properties: cassandra_mesos.v1.TaskError.$Shape): cassandra_mesos.v1.TaskError & cassandra_mesos.v1.TaskError.$Shape;
            static create(properties?: cassandra_mesos.v1.TaskError.$Properties): cassandra_mesos.v1.TaskError;

            /**
             * Encodes the specified TaskError message. Does not implicitly {@link cassandra_mesos.v1.TaskError.verify|verify} messages.
             * @param message TaskError message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassandra_mesos.v1.TaskError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TaskError message, length delimited. Does not implicitly {@link cassandra_mesos.v1.TaskError.verify|verify} messages.
             * @param message TaskError message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cassandra_mesos.v1.TaskError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TaskError message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassandra_mesos.v1.TaskError & cassandra_mesos.v1.TaskError.$Shape} TaskError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassandra_mesos.v1.TaskError & cassandra_mesos.v1.TaskError.$Shape;

            /**
             * Decodes a TaskError message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cassandra_mesos.v1.TaskError & cassandra_mesos.v1.TaskError.$Shape} TaskError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cassandra_mesos.v1.TaskError & cassandra_mesos.v1.TaskError.$Shape;

            /**
             * Verifies a TaskError message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TaskError message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TaskError
             */
            static fromObject(object: { [k: string]: any }): cassandra_mesos.v1.TaskError;

            /**
             * Creates a plain object from a TaskError message. Also converts values to other types if specified.
             * @param message TaskError
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cassandra_mesos.v1.TaskError, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TaskError to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TaskError
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TaskError {

            /** Properties of a TaskError. */
            interface $Properties {

                /** TaskError type */
                type?: (cassandra_mesos.v1.TaskErrorType|null);

                /** TaskError message */
                message?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TaskError. */
            type $Shape = cassandra_mesos.v1.TaskError.$Properties;
        }

        /** TargetRunState enum. */
        enum TargetRunState {

            /** TARGET_RUN_STATE_UNSPECIFIED value */
            TARGET_RUN_STATE_UNSPECIFIED = 0,

            /** RUN value */
            RUN = 1,

            /** STOP value */
            STOP = 2,

            /** RESTART value */
            RESTART = 3,

            /** TERMINATE value */
            TERMINATE = 4
        }

        /** NodeTaskKind enum. */
        enum NodeTaskKind {

            /** NODE_TASK_KIND_UNSPECIFIED value */
            NODE_TASK_KIND_UNSPECIFIED = 0,

            /** SERVER value */
            SERVER = 1,

            /** NODE_JOB value */
            NODE_JOB = 2,

            /** CONFIG_UPDATE value */
            CONFIG_UPDATE = 3
        }

        /**
         * Properties of a NodeTask.
         * @deprecated Use cassandra_mesos.v1.NodeTask.$Properties instead.
         */
        interface INodeTask extends cassandra_mesos.v1.NodeTask.$Properties {
        }

        /** Represents a NodeTask. */
        class NodeTask {

            /**
             * Constructs a new NodeTask.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassandra_mesos.v1.NodeTask.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NodeTask taskId. */
            taskId: string;

            /** NodeTask kind. */
            kind: cassandra_mesos.v1.NodeTaskKind;

            /** NodeTask state. */
            state: string;

            /** NodeTask launchedAtMs. */
            launchedAtMs: number;

            /** NodeTask stateAtMs. */
            stateAtMs: number;

            /** NodeTask configId. */
            configId: string;

            /** NodeTask jobId. */
            jobId: string;

            /** NodeTask killRequestedAtMs. */
            killRequestedAtMs: number;

            /** NodeTask killReason. */
            killReason: string;

            /**
             * Creates a new NodeTask instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NodeTask instance
             */
            static create(properties: cassandra_mesos.v1.NodeTask.$Shape): cassandra_mesos.v1.NodeTask & cassandra_mesos.v1.NodeTask.$Shape;
            static create(properties?: cassandra_mesos.v1.NodeTask.$Properties): cassandra_mesos.v1.NodeTask;

            /**
             * Encodes the specified NodeTask message. Does not implicitly {@link cassandra_mesos.v1.NodeTask.verify|verify} messages.
             * @param message NodeTask message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassandra_mesos.v1.NodeTask.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified NodeTask message, length delimited. Does not implicitly {@link cassandra_mesos.v1.NodeTask.verify|verify} messages.
             * @param message NodeTask message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cassandra_mesos.v1.NodeTask.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NodeTask message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassandra_mesos.v1.NodeTask & cassandra_mesos.v1.NodeTask.$Shape} NodeTask
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassandra_mesos.v1.NodeTask & cassandra_mesos.v1.NodeTask.$Shape;

            /**
             * Decodes a NodeTask message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cassandra_mesos.v1.NodeTask & cassandra_mesos.v1.NodeTask.$Shape} NodeTask
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cassandra_mesos.v1.NodeTask & cassandra_mesos.v1.NodeTask.$Shape;

            /**
             * Verifies a NodeTask message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a NodeTask message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NodeTask
             */
            static fromObject(object: { [k: string]: any }): cassandra_mesos.v1.NodeTask;

            /**
             * Creates a plain object from a NodeTask message. Also converts values to other types if specified.
             * @param message NodeTask
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cassandra_mesos.v1.NodeTask, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NodeTask to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NodeTask
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NodeTask {

            /** Properties of a NodeTask. */
            interface $Properties {

                /** NodeTask taskId */
                taskId?: (string|null);

                /** NodeTask kind */
                kind?: (cassandra_mesos.v1.NodeTaskKind|null);

                /** NodeTask state */
                state?: (string|null);

                /** NodeTask launchedAtMs */
                launchedAtMs?: (number|null);

                /** NodeTask stateAtMs */
                stateAtMs?: (number|null);

                /** NodeTask configId */
                configId?: (string|null);

                /** NodeTask jobId */
                jobId?: (string|null);

                /** NodeTask killRequestedAtMs */
                killRequestedAtMs?: (number|null);

                /** NodeTask killReason */
                killReason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NodeTask. */
            type $Shape = cassandra_mesos.v1.NodeTask.$Properties;
        }

        /**
         * Properties of a NodeReservation.
         * @deprecated Use cassandra_mesos.v1.NodeReservation.$Properties instead.
         */
        interface INodeReservation extends cassandra_mesos.v1.NodeReservation.$Properties {
        }

        /** Represents a NodeReservation. */
        class NodeReservation {

            /**
             * Constructs a new NodeReservation.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassandra_mesos.v1.NodeReservation.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NodeReservation agentId. */
            agentId: string;

            /** NodeReservation role. */
            role: string;

            /** NodeReservation reservationId. */
            reservationId: string;

            /** NodeReservation persistenceId. */
            persistenceId: string;

            /** NodeReservation containerPath. */
            containerPath: string;

            /** NodeReservation confirmed. */
            confirmed: boolean;

            /** NodeReservation reservedAtMs. */
            reservedAtMs: number;

            /**
             * Creates a new NodeReservation instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NodeReservation instance
             */
            static create(properties: cassandra_mesos.v1.NodeReservation.$Shape): cassandra_mesos.v1.NodeReservation & cassandra_mesos.v1.NodeReservation.$Shape;
            static create(properties?: cassandra_mesos.v1.NodeReservation.$Properties): cassandra_mesos.v1.NodeReservation;

            /**
             * Encodes the specified NodeReservation message. Does not implicitly {@link cassandra_mesos.v1.NodeReservation.verify|verify} messages.
             * @param message NodeReservation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassandra_mesos.v1.NodeReservation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified NodeReservation message, length delimited. Does not implicitly {@link cassandra_mesos.v1.NodeReservation.verify|verify} messages.
             * @param message NodeReservation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cassandra_mesos.v1.NodeReservation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NodeReservation message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassandra_mesos.v1.NodeReservation & cassandra_mesos.v1.NodeReservation.$Shape} NodeReservation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassandra_mesos.v1.NodeReservation & cassandra_mesos.v1.NodeReservation.$Shape;

            /**
             * Decodes a NodeReservation message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cassandra_mesos.v1.NodeReservation & cassandra_mesos.v1.NodeReservation.$Shape} NodeReservation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cassandra_mesos.v1.NodeReservation & cassandra_mesos.v1.NodeReservation.$Shape;

            /**
             * Verifies a NodeReservation message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a NodeReservation message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NodeReservation
             */
            static fromObject(object: { [k: string]: any }): cassandra_mesos.v1.NodeReservation;

            /**
             * Creates a plain object from a NodeReservation message. Also converts values to other types if specified.
             * @param message NodeReservation
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cassandra_mesos.v1.NodeReservation, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NodeReservation to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NodeReservation
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NodeReservation {

            /** Properties of a NodeReservation. */
            interface $Properties {

                /** NodeReservation agentId */
                agentId?: (string|null);

                /** NodeReservation role */
                role?: (string|null);

                /** NodeReservation reservationId */
                reservationId?: (string|null);

                /** NodeReservation persistenceId */
                persistenceId?: (string|null);

                /** NodeReservation containerPath */
                containerPath?: (string|null);

                /** NodeReservation confirmed */
                confirmed?: (boolean|null);

                /** NodeReservation reservedAtMs */
                reservedAtMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NodeReservation. */
            type $Shape = cassandra_mesos.v1.NodeReservation.$Properties;
        }

        /**
         * Properties of a RestartBackoff.
         * @deprecated Use cassandra_mesos.v1.RestartBackoff.$Properties instead.
         */
        interface IRestartBackoff extends cassandra_mesos.v1.RestartBackoff.$Properties {
        }

        /** Represents a RestartBackoff. */
        class RestartBackoff {

            /**
             * Constructs a new RestartBackoff.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassandra_mesos.v1.RestartBackoff.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RestartBackoff consecutiveFailures. */
            consecutiveFailures: number;

            /** RestartBackoff notBeforeMs. */
            notBeforeMs: number;

            /** RestartBackoff lastFailure. */
            lastFailure: string;

            /** RestartBackoff lastFailureAtMs. */
            lastFailureAtMs: number;

            /** RestartBackoff taskInvalid. */
            taskInvalid: boolean;

            /** RestartBackoff failedConfigId. */
            failedConfigId: string;

            /**
             * Creates a new RestartBackoff instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RestartBackoff instance
             */
            static create(properties: cassandra_mesos.v1.RestartBackoff.$Shape): cassandra_mesos.v1.RestartBackoff & cassandra_mesos.v1.RestartBackoff.$Shape;
            static create(properties?: cassandra_mesos.v1.RestartBackoff.$Properties): cassandra_mesos.v1.RestartBackoff;

            /**
             * Encodes the specified RestartBackoff message. Does not implicitly {@link cassandra_mesos.v1.RestartBackoff.verify|verify} messages.
             * @param message RestartBackoff message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassandra_mesos.v1.RestartBackoff.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RestartBackoff message, length delimited. Does not implicitly {@link cassandra_mesos.v1.RestartBackoff.verify|verify} messages.
             * @param message RestartBackoff message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cassandra_mesos.v1.RestartBackoff.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RestartBackoff message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassandra_mesos.v1.RestartBackoff & cassandra_mesos.v1.RestartBackoff.$Shape} RestartBackoff
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassandra_mesos.v1.RestartBackoff & cassandra_mesos.v1.RestartBackoff.$Shape;

            /**
             * Decodes a RestartBackoff message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cassandra_mesos.v1.RestartBackoff & cassandra_mesos.v1.RestartBackoff.$Shape} RestartBackoff
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cassandra_mesos.v1.RestartBackoff & cassandra_mesos.v1.RestartBackoff.$Shape;

            /**
             * Verifies a RestartBackoff message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RestartBackoff message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RestartBackoff
             */
            static fromObject(object: { [k: string]: any }): cassandra_mesos.v1.RestartBackoff;

            /**
             * Creates a plain object from a RestartBackoff message. Also converts values to other types if specified.
             * @param message RestartBackoff
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cassandra_mesos.v1.RestartBackoff, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RestartBackoff to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RestartBackoff
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RestartBackoff {

            /** Properties of a RestartBackoff. */
            interface $Properties {

                /** RestartBackoff consecutiveFailures */
                consecutiveFailures?: (number|null);

                /** RestartBackoff notBeforeMs */
                notBeforeMs?: (number|null);

                /** RestartBackoff lastFailure */
                lastFailure?: (string|null);

                /** RestartBackoff lastFailureAtMs */
                lastFailureAtMs?: (number|null);

                /** RestartBackoff taskInvalid */
                taskInvalid?: (boolean|null);

                /** RestartBackoff failedConfigId */
                failedConfigId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RestartBackoff. */
            type $Shape = cassandra_mesos.v1.RestartBackoff.$Properties;
        }

        /**
         * Properties of a NodeRecord.
         * @deprecated Use cassandra_mesos.v1.NodeRecord.$Properties instead.
         */
        interface INodeRecord extends cassandra_mesos.v1.NodeRecord.$Properties {
        }

        /** Represents a NodeRecord. */
        class NodeRecord {

            /**
             * Constructs a new NodeRecord.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassandra_mesos.v1.NodeRecord.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NodeRecord nodeId. */
            nodeId: string;

            /** NodeRecord index. */
            index: number;

            /** NodeRecord hostname. */
            hostname: string;

            /** NodeRecord ip. */
            ip: string;

            /** NodeRecord agentId. */
            agentId: string;

            /** NodeRecord executorId. */
            executorId: string;

            /** NodeRecord seed. */
            seed: boolean;

            /** NodeRecord targetRunState. */
            targetRunState: cassandra_mesos.v1.TargetRunState;

            /** NodeRecord rackDc. */
            rackDc?: (cassandra_mesos.v1.RackDc.$Properties|null);

            /** NodeRecord tasks. */
            tasks: cassandra_mesos.v1.NodeTask.$Properties[];

            /** NodeRecord reservation. */
            reservation?: (cassandra_mesos.v1.NodeReservation.$Properties|null);

            /** NodeRecord appliedConfigId. */
            appliedConfigId: string;

            /** NodeRecord replaceIp. */
            replaceIp: string;

            /** NodeRecord replacesNodeId. */
            replacesNodeId: string;

            /** NodeRecord hostId. */
            hostId: string;

            /** NodeRecord serverPid. */
            serverPid: number;

            /** NodeRecord backoff. */
            backoff?: (cassandra_mesos.v1.RestartBackoff.$Properties|null);

            /** NodeRecord createdAtMs. */
            createdAtMs: number;

            /** NodeRecord agentLostAtMs. */
            agentLostAtMs: number;

            /** NodeRecord lastRepairAtMs. */
            lastRepairAtMs: number;

            /** NodeRecord lastCleanupAtMs. */
            lastCleanupAtMs: number;

            /** NodeRecord health. */
            health?: (cassandra_mesos.v1.NodeHealthSummary.$Properties|null);

            /** NodeRecord decommissioned. */
            decommissioned: boolean;

            /** NodeRecord firstLiveAtMs. */
            firstLiveAtMs: number;

            /** NodeRecord leavingSinceMs. */
            leavingSinceMs: number;

            /** NodeRecord removalRequestedAtMs. */
            removalRequestedAtMs: number;

            /** NodeRecord removalError. */
            removalError: string;

            /** NodeRecord removalChosen. */
            removalChosen: boolean;

            /** NodeRecord seedPreference. */
            seedPreference: cassandra_mesos.v1.SeedPreference;

            /** NodeRecord executorResourcesJson. */
            executorResourcesJson: string;

            /**
             * Creates a new NodeRecord instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NodeRecord instance
             */
            static create(properties: cassandra_mesos.v1.NodeRecord.$Shape): cassandra_mesos.v1.NodeRecord & cassandra_mesos.v1.NodeRecord.$Shape;
            static create(properties?: cassandra_mesos.v1.NodeRecord.$Properties): cassandra_mesos.v1.NodeRecord;

            /**
             * Encodes the specified NodeRecord message. Does not implicitly {@link cassandra_mesos.v1.NodeRecord.verify|verify} messages.
             * @param message NodeRecord message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassandra_mesos.v1.NodeRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified NodeRecord message, length delimited. Does not implicitly {@link cassandra_mesos.v1.NodeRecord.verify|verify} messages.
             * @param message NodeRecord message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cassandra_mesos.v1.NodeRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NodeRecord message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassandra_mesos.v1.NodeRecord & cassandra_mesos.v1.NodeRecord.$Shape} NodeRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassandra_mesos.v1.NodeRecord & cassandra_mesos.v1.NodeRecord.$Shape;

            /**
             * Decodes a NodeRecord message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cassandra_mesos.v1.NodeRecord & cassandra_mesos.v1.NodeRecord.$Shape} NodeRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cassandra_mesos.v1.NodeRecord & cassandra_mesos.v1.NodeRecord.$Shape;

            /**
             * Verifies a NodeRecord message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a NodeRecord message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NodeRecord
             */
            static fromObject(object: { [k: string]: any }): cassandra_mesos.v1.NodeRecord;

            /**
             * Creates a plain object from a NodeRecord message. Also converts values to other types if specified.
             * @param message NodeRecord
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cassandra_mesos.v1.NodeRecord, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NodeRecord to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NodeRecord
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NodeRecord {

            /** Properties of a NodeRecord. */
            interface $Properties {

                /** NodeRecord nodeId */
                nodeId?: (string|null);

                /** NodeRecord index */
                index?: (number|null);

                /** NodeRecord hostname */
                hostname?: (string|null);

                /** NodeRecord ip */
                ip?: (string|null);

                /** NodeRecord agentId */
                agentId?: (string|null);

                /** NodeRecord executorId */
                executorId?: (string|null);

                /** NodeRecord seed */
                seed?: (boolean|null);

                /** NodeRecord targetRunState */
                targetRunState?: (cassandra_mesos.v1.TargetRunState|null);

                /** NodeRecord rackDc */
                rackDc?: (cassandra_mesos.v1.RackDc.$Properties|null);

                /** NodeRecord tasks */
                tasks?: (cassandra_mesos.v1.NodeTask.$Properties[]|null);

                /** NodeRecord reservation */
                reservation?: (cassandra_mesos.v1.NodeReservation.$Properties|null);

                /** NodeRecord appliedConfigId */
                appliedConfigId?: (string|null);

                /** NodeRecord replaceIp */
                replaceIp?: (string|null);

                /** NodeRecord replacesNodeId */
                replacesNodeId?: (string|null);

                /** NodeRecord hostId */
                hostId?: (string|null);

                /** NodeRecord serverPid */
                serverPid?: (number|null);

                /** NodeRecord backoff */
                backoff?: (cassandra_mesos.v1.RestartBackoff.$Properties|null);

                /** NodeRecord createdAtMs */
                createdAtMs?: (number|null);

                /** NodeRecord agentLostAtMs */
                agentLostAtMs?: (number|null);

                /** NodeRecord lastRepairAtMs */
                lastRepairAtMs?: (number|null);

                /** NodeRecord lastCleanupAtMs */
                lastCleanupAtMs?: (number|null);

                /** NodeRecord health */
                health?: (cassandra_mesos.v1.NodeHealthSummary.$Properties|null);

                /** NodeRecord decommissioned */
                decommissioned?: (boolean|null);

                /** NodeRecord firstLiveAtMs */
                firstLiveAtMs?: (number|null);

                /** NodeRecord leavingSinceMs */
                leavingSinceMs?: (number|null);

                /** NodeRecord removalRequestedAtMs */
                removalRequestedAtMs?: (number|null);

                /** NodeRecord removalError */
                removalError?: (string|null);

                /** NodeRecord removalChosen */
                removalChosen?: (boolean|null);

                /** NodeRecord seedPreference */
                seedPreference?: (cassandra_mesos.v1.SeedPreference|null);

                /** NodeRecord executorResourcesJson */
                executorResourcesJson?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NodeRecord. */
            type $Shape = cassandra_mesos.v1.NodeRecord.$Properties;
        }

        /** SeedPreference enum. */
        enum SeedPreference {

            /** SEED_PREFERENCE_UNSPECIFIED value */
            SEED_PREFERENCE_UNSPECIFIED = 0,

            /** PREFER_SEED value */
            PREFER_SEED = 1,

            /** NEVER_SEED value */
            NEVER_SEED = 2
        }

        /**
         * Properties of an ExecutorMetadata.
         * @deprecated Use cassandra_mesos.v1.ExecutorMetadata.$Properties instead.
         */
        interface IExecutorMetadata extends cassandra_mesos.v1.ExecutorMetadata.$Properties {
        }

        /** Represents an ExecutorMetadata. */
        class ExecutorMetadata {

            /**
             * Constructs a new ExecutorMetadata.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassandra_mesos.v1.ExecutorMetadata.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ExecutorMetadata executorId. */
            executorId: string;

            /** ExecutorMetadata ip. */
            ip: string;

            /** ExecutorMetadata hostname. */
            hostname: string;

            /** ExecutorMetadata sandbox. */
            sandbox: string;

            /** ExecutorMetadata dataPathFreeBytes. */
            dataPathFreeBytes: number;

            /** ExecutorMetadata javaVersion. */
            javaVersion: string;

            /** ExecutorMetadata cassandraVersion. */
            cassandraVersion: string;

            /** ExecutorMetadata executorVersion. */
            executorVersion: string;

            /**
             * Creates a new ExecutorMetadata instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ExecutorMetadata instance
             */
            static create(properties: cassandra_mesos.v1.ExecutorMetadata.$Shape): cassandra_mesos.v1.ExecutorMetadata & cassandra_mesos.v1.ExecutorMetadata.$Shape;
            static create(properties?: cassandra_mesos.v1.ExecutorMetadata.$Properties): cassandra_mesos.v1.ExecutorMetadata;

            /**
             * Encodes the specified ExecutorMetadata message. Does not implicitly {@link cassandra_mesos.v1.ExecutorMetadata.verify|verify} messages.
             * @param message ExecutorMetadata message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassandra_mesos.v1.ExecutorMetadata.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ExecutorMetadata message, length delimited. Does not implicitly {@link cassandra_mesos.v1.ExecutorMetadata.verify|verify} messages.
             * @param message ExecutorMetadata message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cassandra_mesos.v1.ExecutorMetadata.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ExecutorMetadata message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassandra_mesos.v1.ExecutorMetadata & cassandra_mesos.v1.ExecutorMetadata.$Shape} ExecutorMetadata
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassandra_mesos.v1.ExecutorMetadata & cassandra_mesos.v1.ExecutorMetadata.$Shape;

            /**
             * Decodes an ExecutorMetadata message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cassandra_mesos.v1.ExecutorMetadata & cassandra_mesos.v1.ExecutorMetadata.$Shape} ExecutorMetadata
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cassandra_mesos.v1.ExecutorMetadata & cassandra_mesos.v1.ExecutorMetadata.$Shape;

            /**
             * Verifies an ExecutorMetadata message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an ExecutorMetadata message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ExecutorMetadata
             */
            static fromObject(object: { [k: string]: any }): cassandra_mesos.v1.ExecutorMetadata;

            /**
             * Creates a plain object from an ExecutorMetadata message. Also converts values to other types if specified.
             * @param message ExecutorMetadata
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cassandra_mesos.v1.ExecutorMetadata, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ExecutorMetadata to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ExecutorMetadata
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ExecutorMetadata {

            /** Properties of an ExecutorMetadata. */
            interface $Properties {

                /** ExecutorMetadata executorId */
                executorId?: (string|null);

                /** ExecutorMetadata ip */
                ip?: (string|null);

                /** ExecutorMetadata hostname */
                hostname?: (string|null);

                /** ExecutorMetadata sandbox */
                sandbox?: (string|null);

                /** ExecutorMetadata dataPathFreeBytes */
                dataPathFreeBytes?: (number|null);

                /** ExecutorMetadata javaVersion */
                javaVersion?: (string|null);

                /** ExecutorMetadata cassandraVersion */
                cassandraVersion?: (string|null);

                /** ExecutorMetadata executorVersion */
                executorVersion?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ExecutorMetadata. */
            type $Shape = cassandra_mesos.v1.ExecutorMetadata.$Properties;
        }

        /**
         * Properties of a StepOverride.
         * @deprecated Use cassandra_mesos.v1.StepOverride.$Properties instead.
         */
        interface IStepOverride extends cassandra_mesos.v1.StepOverride.$Properties {
        }

        /** Represents a StepOverride. */
        class StepOverride {

            /**
             * Constructs a new StepOverride.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassandra_mesos.v1.StepOverride.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StepOverride stepName. */
            stepName: string;

            /** StepOverride forceComplete. */
            forceComplete: boolean;

            /** StepOverride restartRequestedAtMs. */
            restartRequestedAtMs: number;

            /**
             * Creates a new StepOverride instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StepOverride instance
             */
            static create(properties: cassandra_mesos.v1.StepOverride.$Shape): cassandra_mesos.v1.StepOverride & cassandra_mesos.v1.StepOverride.$Shape;
            static create(properties?: cassandra_mesos.v1.StepOverride.$Properties): cassandra_mesos.v1.StepOverride;

            /**
             * Encodes the specified StepOverride message. Does not implicitly {@link cassandra_mesos.v1.StepOverride.verify|verify} messages.
             * @param message StepOverride message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassandra_mesos.v1.StepOverride.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified StepOverride message, length delimited. Does not implicitly {@link cassandra_mesos.v1.StepOverride.verify|verify} messages.
             * @param message StepOverride message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cassandra_mesos.v1.StepOverride.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StepOverride message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassandra_mesos.v1.StepOverride & cassandra_mesos.v1.StepOverride.$Shape} StepOverride
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassandra_mesos.v1.StepOverride & cassandra_mesos.v1.StepOverride.$Shape;

            /**
             * Decodes a StepOverride message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cassandra_mesos.v1.StepOverride & cassandra_mesos.v1.StepOverride.$Shape} StepOverride
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cassandra_mesos.v1.StepOverride & cassandra_mesos.v1.StepOverride.$Shape;

            /**
             * Verifies a StepOverride message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StepOverride message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StepOverride
             */
            static fromObject(object: { [k: string]: any }): cassandra_mesos.v1.StepOverride;

            /**
             * Creates a plain object from a StepOverride message. Also converts values to other types if specified.
             * @param message StepOverride
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cassandra_mesos.v1.StepOverride, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StepOverride to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StepOverride
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StepOverride {

            /** Properties of a StepOverride. */
            interface $Properties {

                /** StepOverride stepName */
                stepName?: (string|null);

                /** StepOverride forceComplete */
                forceComplete?: (boolean|null);

                /** StepOverride restartRequestedAtMs */
                restartRequestedAtMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StepOverride. */
            type $Shape = cassandra_mesos.v1.StepOverride.$Properties;
        }

        /**
         * Properties of a PlanControl.
         * @deprecated Use cassandra_mesos.v1.PlanControl.$Properties instead.
         */
        interface IPlanControl extends cassandra_mesos.v1.PlanControl.$Properties {
        }

        /** Represents a PlanControl. */
        class PlanControl {

            /**
             * Constructs a new PlanControl.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassandra_mesos.v1.PlanControl.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PlanControl planName. */
            planName: string;

            /** PlanControl interrupted. */
            interrupted: boolean;

            /** PlanControl overrides. */
            overrides: cassandra_mesos.v1.StepOverride.$Properties[];

            /** PlanControl updatedAtMs. */
            updatedAtMs: number;

            /** PlanControl canaryConfigId. */
            canaryConfigId: string;

            /**
             * Creates a new PlanControl instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PlanControl instance
             */
            static create(properties: cassandra_mesos.v1.PlanControl.$Shape): cassandra_mesos.v1.PlanControl & cassandra_mesos.v1.PlanControl.$Shape;
            static create(properties?: cassandra_mesos.v1.PlanControl.$Properties): cassandra_mesos.v1.PlanControl;

            /**
             * Encodes the specified PlanControl message. Does not implicitly {@link cassandra_mesos.v1.PlanControl.verify|verify} messages.
             * @param message PlanControl message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassandra_mesos.v1.PlanControl.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PlanControl message, length delimited. Does not implicitly {@link cassandra_mesos.v1.PlanControl.verify|verify} messages.
             * @param message PlanControl message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cassandra_mesos.v1.PlanControl.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PlanControl message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassandra_mesos.v1.PlanControl & cassandra_mesos.v1.PlanControl.$Shape} PlanControl
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassandra_mesos.v1.PlanControl & cassandra_mesos.v1.PlanControl.$Shape;

            /**
             * Decodes a PlanControl message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cassandra_mesos.v1.PlanControl & cassandra_mesos.v1.PlanControl.$Shape} PlanControl
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cassandra_mesos.v1.PlanControl & cassandra_mesos.v1.PlanControl.$Shape;

            /**
             * Verifies a PlanControl message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PlanControl message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PlanControl
             */
            static fromObject(object: { [k: string]: any }): cassandra_mesos.v1.PlanControl;

            /**
             * Creates a plain object from a PlanControl message. Also converts values to other types if specified.
             * @param message PlanControl
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cassandra_mesos.v1.PlanControl, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PlanControl to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PlanControl
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PlanControl {

            /** Properties of a PlanControl. */
            interface $Properties {

                /** PlanControl planName */
                planName?: (string|null);

                /** PlanControl interrupted */
                interrupted?: (boolean|null);

                /** PlanControl overrides */
                overrides?: (cassandra_mesos.v1.StepOverride.$Properties[]|null);

                /** PlanControl updatedAtMs */
                updatedAtMs?: (number|null);

                /** PlanControl canaryConfigId */
                canaryConfigId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PlanControl. */
            type $Shape = cassandra_mesos.v1.PlanControl.$Properties;
        }

        /**
         * Properties of a FrameworkRecord.
         * @deprecated Use cassandra_mesos.v1.FrameworkRecord.$Properties instead.
         */
        interface IFrameworkRecord extends cassandra_mesos.v1.FrameworkRecord.$Properties {
        }

        /** Represents a FrameworkRecord. */
        class FrameworkRecord {

            /**
             * Constructs a new FrameworkRecord.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassandra_mesos.v1.FrameworkRecord.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FrameworkRecord frameworkId. */
            frameworkId: string;

            /** FrameworkRecord registeredAtMs. */
            registeredAtMs: number;

            /** FrameworkRecord schemaVersion. */
            schemaVersion: number;

            /** FrameworkRecord nextNodeIndex. */
            nextNodeIndex: number;

            /** FrameworkRecord cleanupSuggestedAtMs. */
            cleanupSuggestedAtMs: number;

            /** FrameworkRecord cleanupSuggestedNodeIds. */
            cleanupSuggestedNodeIds: string[];

            /** FrameworkRecord cleanupSuggestion. */
            cleanupSuggestion: string;

            /** FrameworkRecord lastScheduledRepairAtMs. */
            lastScheduledRepairAtMs: number;

            /**
             * Creates a new FrameworkRecord instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FrameworkRecord instance
             */
            static create(properties: cassandra_mesos.v1.FrameworkRecord.$Shape): cassandra_mesos.v1.FrameworkRecord & cassandra_mesos.v1.FrameworkRecord.$Shape;
            static create(properties?: cassandra_mesos.v1.FrameworkRecord.$Properties): cassandra_mesos.v1.FrameworkRecord;

            /**
             * Encodes the specified FrameworkRecord message. Does not implicitly {@link cassandra_mesos.v1.FrameworkRecord.verify|verify} messages.
             * @param message FrameworkRecord message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassandra_mesos.v1.FrameworkRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified FrameworkRecord message, length delimited. Does not implicitly {@link cassandra_mesos.v1.FrameworkRecord.verify|verify} messages.
             * @param message FrameworkRecord message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: cassandra_mesos.v1.FrameworkRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FrameworkRecord message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassandra_mesos.v1.FrameworkRecord & cassandra_mesos.v1.FrameworkRecord.$Shape} FrameworkRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassandra_mesos.v1.FrameworkRecord & cassandra_mesos.v1.FrameworkRecord.$Shape;

            /**
             * Decodes a FrameworkRecord message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {cassandra_mesos.v1.FrameworkRecord & cassandra_mesos.v1.FrameworkRecord.$Shape} FrameworkRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cassandra_mesos.v1.FrameworkRecord & cassandra_mesos.v1.FrameworkRecord.$Shape;

            /**
             * Verifies a FrameworkRecord message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FrameworkRecord message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FrameworkRecord
             */
            static fromObject(object: { [k: string]: any }): cassandra_mesos.v1.FrameworkRecord;

            /**
             * Creates a plain object from a FrameworkRecord message. Also converts values to other types if specified.
             * @param message FrameworkRecord
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cassandra_mesos.v1.FrameworkRecord, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FrameworkRecord to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for FrameworkRecord
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FrameworkRecord {

            /** Properties of a FrameworkRecord. */
            interface $Properties {

                /** FrameworkRecord frameworkId */
                frameworkId?: (string|null);

                /** FrameworkRecord registeredAtMs */
                registeredAtMs?: (number|null);

                /** FrameworkRecord schemaVersion */
                schemaVersion?: (number|null);

                /** FrameworkRecord nextNodeIndex */
                nextNodeIndex?: (number|null);

                /** FrameworkRecord cleanupSuggestedAtMs */
                cleanupSuggestedAtMs?: (number|null);

                /** FrameworkRecord cleanupSuggestedNodeIds */
                cleanupSuggestedNodeIds?: (string[]|null);

                /** FrameworkRecord cleanupSuggestion */
                cleanupSuggestion?: (string|null);

                /** FrameworkRecord lastScheduledRepairAtMs */
                lastScheduledRepairAtMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FrameworkRecord. */
            type $Shape = cassandra_mesos.v1.FrameworkRecord.$Properties;
        }
    }
}
