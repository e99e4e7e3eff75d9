/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
"use strict";

var $protobuf = require("protobufjs/minimal");

// int64 fields are JS numbers (see packages/model/scripts/generate.mjs).
if ($protobuf.util.Long) { $protobuf.util.Long = undefined; $protobuf.configure(); }

var $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
var $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $isFinite = $util.global.isFinite, $String = $util.global.String, $Boolean = $util.global.Boolean, $Array = $util.global.Array, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt;

var $root = $protobuf.roots["cassandra_mesos"] || ($protobuf.roots["cassandra_mesos"] = {});

$root.cassandra_mesos = (function() {

    var cassandra_mesos = {};

    cassandra_mesos.v1 = (function() {

        var v1 = {};

        v1.NodeResources = (function() {

            var NodeResources = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            NodeResources.prototype.cpus = 0;
            NodeResources.prototype.memMb = 0;
            NodeResources.prototype.diskMb = 0;
            NodeResources.prototype.heapMb = 0;

            NodeResources.create = function(properties) {
                return new NodeResources(properties);
            };

            NodeResources.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.cpus != null && $Object.hasOwnProperty.call(message, "cpus") && !$Object.is(message.cpus, 0))
                    writer.uint32(9).double(message.cpus);
                if (message.memMb != null && $Object.hasOwnProperty.call(message, "memMb") && message.memMb !== 0)
                    writer.uint32(16).uint32(message.memMb);
                if (message.diskMb != null && $Object.hasOwnProperty.call(message, "diskMb") && message.diskMb !== 0)
                    writer.uint32(24).uint32(message.diskMb);
                if (message.heapMb != null && $Object.hasOwnProperty.call(message, "heapMb") && message.heapMb !== 0)
                    writer.uint32(32).uint32(message.heapMb);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            NodeResources.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            NodeResources.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassandra_mesos.v1.NodeResources();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.cpus = value;
                            else
                                delete message.cpus;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.memMb = value;
                            else
                                delete message.memMb;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.diskMb = value;
                            else
                                delete message.diskMb;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.heapMb = value;
                            else
                                delete message.heapMb;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            NodeResources.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            NodeResources.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.cpus != null && $Object.hasOwnProperty.call(message, "cpus"))
                    if (typeof message.cpus !== "number")
                        return "cpus: number expected";
                if (message.memMb != null && $Object.hasOwnProperty.call(message, "memMb"))
                    if (!$util.isInteger(message.memMb))
                        return "memMb: integer expected";
                if (message.diskMb != null && $Object.hasOwnProperty.call(message, "diskMb"))
                    if (!$util.isInteger(message.diskMb))
                        return "diskMb: integer expected";
                if (message.heapMb != null && $Object.hasOwnProperty.call(message, "heapMb"))
                    if (!$util.isInteger(message.heapMb))
                        return "heapMb: integer expected";
                return null;
            };

            NodeResources.fromObject = function (object, _depth) {
                if (object instanceof $root.cassandra_mesos.v1.NodeResources)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cassandra_mesos.v1.NodeResources: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.cassandra_mesos.v1.NodeResources();
                if (object.cpus != null)
                    if (!$Object.is($Number(object.cpus), 0))
                        message.cpus = $Number(object.cpus);
                if (object.memMb != null)
                    if ($Number(object.memMb) !== 0)
                        message.memMb = object.memMb >>> 0;
                if (object.diskMb != null)
                    if ($Number(object.diskMb) !== 0)
                        message.diskMb = object.diskMb >>> 0;
                if (object.heapMb != null)
                    if ($Number(object.heapMb) !== 0)
                        message.heapMb = object.heapMb >>> 0;
                return message;
            };

            NodeResources.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.cpus = 0;
                    object.memMb = 0;
                    object.diskMb = 0;
                    object.heapMb = 0;
                }
                if (message.cpus != null && $Object.hasOwnProperty.call(message, "cpus"))
                    object.cpus = options.json && !$isFinite(message.cpus) ? $String(message.cpus) : message.cpus;
                if (message.memMb != null && $Object.hasOwnProperty.call(message, "memMb"))
                    object.memMb = message.memMb;
                if (message.diskMb != null && $Object.hasOwnProperty.call(message, "diskMb"))
                    object.diskMb = message.diskMb;
                if (message.heapMb != null && $Object.hasOwnProperty.call(message, "heapMb"))
                    object.heapMb = message.heapMb;
                return object;
            };

            NodeResources.prototype.toJSON = function() {
                return NodeResources.toObject(this, $protobuf.util.toJSONOptions);
            };

            NodeResources.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cassandra_mesos.v1.NodeResources";
            };

            return NodeResources;
        })();

        v1.NodePorts = (function() {

            var NodePorts = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            NodePorts.prototype.storage = 0;
            NodePorts.prototype.sslStorage = 0;
            NodePorts.prototype.native = 0;
            NodePorts.prototype.jmx = 0;
            NodePorts.prototype.jolokia = 0;

            NodePorts.create = function(properties) {
                return new NodePorts(properties);
            };

            NodePorts.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.storage != null && $Object.hasOwnProperty.call(message, "storage") && message.storage !== 0)
                    writer.uint32(8).uint32(message.storage);
                if (message.sslStorage != null && $Object.hasOwnProperty.call(message, "sslStorage") && message.sslStorage !== 0)
                    writer.uint32(16).uint32(message.sslStorage);
                if (message.native != null && $Object.hasOwnProperty.call(message, "native") && message.native !== 0)
                    writer.uint32(24).uint32(message.native);
                if (message.jmx != null && $Object.hasOwnProperty.call(message, "jmx") && message.jmx !== 0)
                    writer.uint32(32).uint32(message.jmx);
                if (message.jolokia != null && $Object.hasOwnProperty.call(message, "jolokia") && message.jolokia !== 0)
                    writer.uint32(40).uint32(message.jolokia);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            NodePorts.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            NodePorts.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassandra_mesos.v1.NodePorts();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.storage = value;
                            else
                                delete message.storage;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.sslStorage = value;
                            else
                                delete message.sslStorage;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.native = value;
                            else
                                delete message.native;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.jmx = value;
                            else
                                delete message.jmx;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.jolokia = value;
                            else
                                delete message.jolokia;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            NodePorts.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            NodePorts.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.storage != null && $Object.hasOwnProperty.call(message, "storage"))
                    if (!$util.isInteger(message.storage))
                        return "storage: integer expected";
                if (message.sslStorage != null && $Object.hasOwnProperty.call(message, "sslStorage"))
                    if (!$util.isInteger(message.sslStorage))
                        return "sslStorage: integer expected";
                if (message.native != null && $Object.hasOwnProperty.call(message, "native"))
                    if (!$util.isInteger(message.native))
                        return "native: integer expected";
                if (message.jmx != null && $Object.hasOwnProperty.call(message, "jmx"))
                    if (!$util.isInteger(message.jmx))
                        return "jmx: integer expected";
                if (message.jolokia != null && $Object.hasOwnProperty.call(message, "jolokia"))
                    if (!$util.isInteger(message.jolokia))
                        return "jolokia: integer expected";
                return null;
            };

            NodePorts.fromObject = function (object, _depth) {
                if (object instanceof $root.cassandra_mesos.v1.NodePorts)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cassandra_mesos.v1.NodePorts: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.cassandra_mesos.v1.NodePorts();
                if (object.storage != null)
                    if ($Number(object.storage) !== 0)
                        message.storage = object.storage >>> 0;
                if (object.sslStorage != null)
                    if ($Number(object.sslStorage) !== 0)
                        message.sslStorage = object.sslStorage >>> 0;
                if (object.native != null)
                    if ($Number(object.native) !== 0)
                        message.native = object.native >>> 0;
                if (object.jmx != null)
                    if ($Number(object.jmx) !== 0)
                        message.jmx = object.jmx >>> 0;
                if (object.jolokia != null)
                    if ($Number(object.jolokia) !== 0)
                        message.jolokia = object.jolokia >>> 0;
                return message;
            };

            NodePorts.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.storage = 0;
                    object.sslStorage = 0;
                    object.native = 0;
                    object.jmx = 0;
                    object.jolokia = 0;
                }
                if (message.storage != null && $Object.hasOwnProperty.call(message, "storage"))
                    object.storage = message.storage;
                if (message.sslStorage != null && $Object.hasOwnProperty.call(message, "sslStorage"))
                    object.sslStorage = message.sslStorage;
                if (message.native != null && $Object.hasOwnProperty.call(message, "native"))
                    object.native = message.native;
                if (message.jmx != null && $Object.hasOwnProperty.call(message, "jmx"))
                    object.jmx = message.jmx;
                if (message.jolokia != null && $Object.hasOwnProperty.call(message, "jolokia"))
                    object.jolokia = message.jolokia;
                return object;
            };

            NodePorts.prototype.toJSON = function() {
                return NodePorts.toObject(this, $protobuf.util.toJSONOptions);
            };

            NodePorts.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cassandra_mesos.v1.NodePorts";
            };

            return NodePorts;
        })();

        v1.RackDc = (function() {

            var RackDc = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RackDc.prototype.rack = "";
            RackDc.prototype.dc = "";

            RackDc.create = function(properties) {
                return new RackDc(properties);
            };

            RackDc.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.rack != null && $Object.hasOwnProperty.call(message, "rack") && message.rack !== "")
                    writer.uint32(10).string(message.rack);
                if (message.dc != null && $Object.hasOwnProperty.call(message, "dc") && message.dc !== "")
                    writer.uint32(18).string(message.dc);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RackDc.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            RackDc.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassandra_mesos.v1.RackDc();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.rack = value;
                            else
                                delete message.rack;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.dc = value;
                            else
                                delete message.dc;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            RackDc.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            RackDc.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.rack != null && $Object.hasOwnProperty.call(message, "rack"))
                    if (!$util.isString(message.rack))
                        return "rack: string expected";
                if (message.dc != null && $Object.hasOwnProperty.call(message, "dc"))
                    if (!$util.isString(message.dc))
                        return "dc: string expected";
                return null;
            };

            RackDc.fromObject = function (object, _depth) {
                if (object instanceof $root.cassandra_mesos.v1.RackDc)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cassandra_mesos.v1.RackDc: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.cassandra_mesos.v1.RackDc();
                if (object.rack != null)
                    if (typeof object.rack !== "string" || object.rack.length)
                        message.rack = $String(object.rack);
                if (object.dc != null)
                    if (typeof object.dc !== "string" || object.dc.length)
                        message.dc = $String(object.dc);
                return message;
            };

            RackDc.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.rack = "";
                    object.dc = "";
                }
                if (message.rack != null && $Object.hasOwnProperty.call(message, "rack"))
                    object.rack = message.rack;
                if (message.dc != null && $Object.hasOwnProperty.call(message, "dc"))
                    object.dc = message.dc;
                return object;
            };

            RackDc.prototype.toJSON = function() {
                return RackDc.toObject(this, $protobuf.util.toJSONOptions);
            };

            RackDc.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cassandra_mesos.v1.RackDc";
            };

            return RackDc;
        })();

        v1.ArtifactUris = (function() {

            var ArtifactUris = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ArtifactUris.prototype.executor = "";
            ArtifactUris.prototype.cassandra = "";
            ArtifactUris.prototype.jolokia = "";
            ArtifactUris.prototype.java = "";
            ArtifactUris.prototype.node = "";

            ArtifactUris.create = function(properties) {
                return new ArtifactUris(properties);
            };

            ArtifactUris.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.executor != null && $Object.hasOwnProperty.call(message, "executor") && message.executor !== "")
                    writer.uint32(10).string(message.executor);
                if (message.cassandra != null && $Object.hasOwnProperty.call(message, "cassandra") && message.cassandra !== "")
                    writer.uint32(18).string(message.cassandra);
                if (message.jolokia != null && $Object.hasOwnProperty.call(message, "jolokia") && message.jolokia !== "")
                    writer.uint32(26).string(message.jolokia);
                if (message.java != null && $Object.hasOwnProperty.call(message, "java") && message.java !== "")
                    writer.uint32(34).string(message.java);
                if (message.node != null && $Object.hasOwnProperty.call(message, "node") && message.node !== "")
                    writer.uint32(42).string(message.node);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ArtifactUris.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            ArtifactUris.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassandra_mesos.v1.ArtifactUris();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.executor = value;
                            else
                                delete message.executor;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.cassandra = value;
                            else
                                delete message.cassandra;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.jolokia = value;
                            else
                                delete message.jolokia;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.java = value;
                            else
                                delete message.java;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.node = value;
                            else
                                delete message.node;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ArtifactUris.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            ArtifactUris.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.executor != null && $Object.hasOwnProperty.call(message, "executor"))
                    if (!$util.isString(message.executor))
                        return "executor: string expected";
                if (message.cassandra != null && $Object.hasOwnProperty.call(message, "cassandra"))
                    if (!$util.isString(message.cassandra))
                        return "cassandra: string expected";
                if (message.jolokia != null && $Object.hasOwnProperty.call(message, "jolokia"))
                    if (!$util.isString(message.jolokia))
                        return "jolokia: string expected";
                if (message.java != null && $Object.hasOwnProperty.call(message, "java"))
                    if (!$util.isString(message.java))
                        return "java: string expected";
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    if (!$util.isString(message.node))
                        return "node: string expected";
                return null;
            };

            ArtifactUris.fromObject = function (object, _depth) {
                if (object instanceof $root.cassandra_mesos.v1.ArtifactUris)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cassandra_mesos.v1.ArtifactUris: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.cassandra_mesos.v1.ArtifactUris();
                if (object.executor != null)
                    if (typeof object.executor !== "string" || object.executor.length)
                        message.executor = $String(object.executor);
                if (object.cassandra != null)
                    if (typeof object.cassandra !== "string" || object.cassandra.length)
                        message.cassandra = $String(object.cassandra);
                if (object.jolokia != null)
                    if (typeof object.jolokia !== "string" || object.jolokia.length)
                        message.jolokia = $String(object.jolokia);
                if (object.java != null)
                    if (typeof object.java !== "string" || object.java.length)
                        message.java = $String(object.java);
                if (object.node != null)
                    if (typeof object.node !== "string" || object.node.length)
                        message.node = $String(object.node);
                return message;
            };

            ArtifactUris.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.executor = "";
                    object.cassandra = "";
                    object.jolokia = "";
                    object.java = "";
                    object.node = "";
                }
                if (message.executor != null && $Object.hasOwnProperty.call(message, "executor"))
                    object.executor = message.executor;
                if (message.cassandra != null && $Object.hasOwnProperty.call(message, "cassandra"))
                    object.cassandra = message.cassandra;
                if (message.jolokia != null && $Object.hasOwnProperty.call(message, "jolokia"))
                    object.jolokia = message.jolokia;
                if (message.java != null && $Object.hasOwnProperty.call(message, "java"))
                    object.java = message.java;
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    object.node = message.node;
                return object;
            };

            ArtifactUris.prototype.toJSON = function() {
                return ArtifactUris.toObject(this, $protobuf.util.toJSONOptions);
            };

            ArtifactUris.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cassandra_mesos.v1.ArtifactUris";
            };

            return ArtifactUris;
        })();

        v1.DataVolumeMode = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "DATA_VOLUME_MODE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "PERSISTENT_VOLUME"] = 1;
            values[valuesById[2] = "SANDBOX"] = 2;
            return values;
        })();

        v1.FrameworkConfig = (function() {

            var FrameworkConfig = function (properties) {
                this.yamlOverrides = {};
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            FrameworkConfig.prototype.frameworkName = "";
            FrameworkConfig.prototype.clusterName = "";
            FrameworkConfig.prototype.nodeCount = 0;
            FrameworkConfig.prototype.seedCount = 0;
            FrameworkConfig.prototype.resources = null;
            FrameworkConfig.prototype.ports = null;
            FrameworkConfig.prototype.role = "";
            FrameworkConfig.prototype.principal = "";
            FrameworkConfig.prototype.failoverTimeoutSeconds = 0;
            FrameworkConfig.prototype.healthCheckIntervalSeconds = 0;
            FrameworkConfig.prototype.bootstrapGraceSeconds = 0;
            FrameworkConfig.prototype.replaceTimeoutSeconds = 0;
            FrameworkConfig.prototype.artifacts = null;
            FrameworkConfig.prototype.cassandraVersion = "";
            FrameworkConfig.prototype.yamlOverrides = $util.emptyObject;
            FrameworkConfig.prototype.defaultRackDc = null;
            FrameworkConfig.prototype.dataVolumeMode = 0;
            FrameworkConfig.prototype.numTokens = 0;
            FrameworkConfig.prototype.endpointSnitch = "";
            FrameworkConfig.prototype.autoReplace = false;
            FrameworkConfig.prototype.placementConstraints = "";
            FrameworkConfig.prototype.repairIntervalDays = 0;
            FrameworkConfig.prototype.repairWindow = "";
            FrameworkConfig.prototype.initialTokens = null;

            FrameworkConfig.create = function(properties) {
                return new FrameworkConfig(properties);
            };

            FrameworkConfig.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.frameworkName != null && $Object.hasOwnProperty.call(message, "frameworkName") && message.frameworkName !== "")
                    writer.uint32(10).string(message.frameworkName);
                if (message.clusterName != null && $Object.hasOwnProperty.call(message, "clusterName") && message.clusterName !== "")
                    writer.uint32(18).string(message.clusterName);
                if (message.nodeCount != null && $Object.hasOwnProperty.call(message, "nodeCount") && message.nodeCount !== 0)
                    writer.uint32(24).uint32(message.nodeCount);
                if (message.seedCount != null && $Object.hasOwnProperty.call(message, "seedCount") && message.seedCount !== 0)
                    writer.uint32(32).uint32(message.seedCount);
                if (message.resources != null && $Object.hasOwnProperty.call(message, "resources"))
                    $root.cassandra_mesos.v1.NodeResources.encode(message.resources, writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.ports != null && $Object.hasOwnProperty.call(message, "ports"))
                    $root.cassandra_mesos.v1.NodePorts.encode(message.ports, writer.uint32(50).fork(), _depth + 1).ldelim();
                if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== "")
                    writer.uint32(58).string(message.role);
                if (message.principal != null && $Object.hasOwnProperty.call(message, "principal") && message.principal !== "")
                    writer.uint32(66).string(message.principal);
                if (message.failoverTimeoutSeconds != null && $Object.hasOwnProperty.call(message, "failoverTimeoutSeconds") && !$Object.is(message.failoverTimeoutSeconds, 0))
                    writer.uint32(73).double(message.failoverTimeoutSeconds);
                if (message.healthCheckIntervalSeconds != null && $Object.hasOwnProperty.call(message, "healthCheckIntervalSeconds") && message.healthCheckIntervalSeconds !== 0)
                    writer.uint32(80).uint32(message.healthCheckIntervalSeconds);
                if (message.bootstrapGraceSeconds != null && $Object.hasOwnProperty.call(message, "bootstrapGraceSeconds") && message.bootstrapGraceSeconds !== 0)
                    writer.uint32(88).uint32(message.bootstrapGraceSeconds);
                if (message.replaceTimeoutSeconds != null && $Object.hasOwnProperty.call(message, "replaceTimeoutSeconds") && message.replaceTimeoutSeconds !== 0)
                    writer.uint32(96).uint32(message.replaceTimeoutSeconds);
                if (message.artifacts != null && $Object.hasOwnProperty.call(message, "artifacts"))
                    $root.cassandra_mesos.v1.ArtifactUris.encode(message.artifacts, writer.uint32(106).fork(), _depth + 1).ldelim();
                if (message.cassandraVersion != null && $Object.hasOwnProperty.call(message, "cassandraVersion") && message.cassandraVersion !== "")
                    writer.uint32(114).string(message.cassandraVersion);
                if (message.yamlOverrides != null && $Object.hasOwnProperty.call(message, "yamlOverrides"))
                    for (var keys = $Object.keys(message.yamlOverrides), i = 0; i < keys.length; ++i)
                        writer.uint32(122).fork().uint32(10).string(keys[i]).uint32(18).string(message.yamlOverrides[keys[i]]).ldelim();
                if (message.defaultRackDc != null && $Object.hasOwnProperty.call(message, "defaultRackDc"))
                    $root.cassandra_mesos.v1.RackDc.encode(message.defaultRackDc, writer.uint32(130).fork(), _depth + 1).ldelim();
                if (message.dataVolumeMode != null && $Object.hasOwnProperty.call(message, "dataVolumeMode") && message.dataVolumeMode !== 0)
                    writer.uint32(136).int32(message.dataVolumeMode);
                if (message.numTokens != null && $Object.hasOwnProperty.call(message, "numTokens") && message.numTokens !== 0)
                    writer.uint32(144).uint32(message.numTokens);
                if (message.endpointSnitch != null && $Object.hasOwnProperty.call(message, "endpointSnitch") && message.endpointSnitch !== "")
                    writer.uint32(154).string(message.endpointSnitch);
                if (message.autoReplace != null && $Object.hasOwnProperty.call(message, "autoReplace") && message.autoReplace !== false)
                    writer.uint32(160).bool(message.autoReplace);
                if (message.placementConstraints != null && $Object.hasOwnProperty.call(message, "placementConstraints") && message.placementConstraints !== "")
                    writer.uint32(170).string(message.placementConstraints);
                if (message.repairIntervalDays != null && $Object.hasOwnProperty.call(message, "repairIntervalDays") && message.repairIntervalDays !== 0)
                    writer.uint32(176).uint32(message.repairIntervalDays);
                if (message.repairWindow != null && $Object.hasOwnProperty.call(message, "repairWindow") && message.repairWindow !== "")
                    writer.uint32(186).string(message.repairWindow);
                if (message.initialTokens != null && $Object.hasOwnProperty.call(message, "initialTokens"))
                    $root.cassandra_mesos.v1.InitialTokens.encode(message.initialTokens, writer.uint32(194).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            FrameworkConfig.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            FrameworkConfig.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassandra_mesos.v1.FrameworkConfig();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.frameworkName = value;
                            else
                                delete message.frameworkName;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clusterName = value;
                            else
                                delete message.clusterName;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.nodeCount = value;
                            else
                                delete message.nodeCount;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.seedCount = value;
                            else
                                delete message.seedCount;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.resources = $root.cassandra_mesos.v1.NodeResources.decode(reader, reader.size(), $undefined, _depth + 1, message.resources);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.ports = $root.cassandra_mesos.v1.NodePorts.decode(reader, reader.size(), $undefined, _depth + 1, message.ports);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.role = value;
                            else
                                delete message.role;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.principal = value;
                            else
                                delete message.principal;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.failoverTimeoutSeconds = value;
                            else
                                delete message.failoverTimeoutSeconds;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.healthCheckIntervalSeconds = value;
                            else
                                delete message.healthCheckIntervalSeconds;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.bootstrapGraceSeconds = value;
                            else
                                delete message.bootstrapGraceSeconds;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.replaceTimeoutSeconds = value;
                            else
                                delete message.replaceTimeoutSeconds;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.artifacts = $root.cassandra_mesos.v1.ArtifactUris.decode(reader, reader.size(), $undefined, _depth + 1, message.artifacts);
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.cassandraVersion = value;
                            else
                                delete message.cassandraVersion;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            if (message.yamlOverrides === $util.emptyObject)
                                message.yamlOverrides = {};
                            var end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                var tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.yamlOverrides, key);
                            message.yamlOverrides[key] = value;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.defaultRackDc = $root.cassandra_mesos.v1.RackDc.decode(reader, reader.size(), $undefined, _depth + 1, message.defaultRackDc);
                            continue;
                        }
                    case 17: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.dataVolumeMode = value;
                            else
                                delete message.dataVolumeMode;
                            continue;
                        }
                    case 18: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.numTokens = value;
                            else
                                delete message.numTokens;
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.endpointSnitch = value;
                            else
                                delete message.endpointSnitch;
                            continue;
                        }
                    case 20: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.autoReplace = value;
                            else
                                delete message.autoReplace;
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.placementConstraints = value;
                            else
                                delete message.placementConstraints;
                            continue;
                        }
                    case 22: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.repairIntervalDays = value;
                            else
                                delete message.repairIntervalDays;
                            continue;
                        }
                    case 23: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.repairWindow = value;
                            else
                                delete message.repairWindow;
                            continue;
                        }
                    case 24: {
                            if (wireType !== 2)
                                break;
                            message.initialTokens = $root.cassandra_mesos.v1.InitialTokens.decode(reader, reader.size(), $undefined, _depth + 1, message.initialTokens);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            FrameworkConfig.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            FrameworkConfig.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.frameworkName != null && $Object.hasOwnProperty.call(message, "frameworkName"))
                    if (!$util.isString(message.frameworkName))
                        return "frameworkName: string expected";
                if (message.clusterName != null && $Object.hasOwnProperty.call(message, "clusterName"))
                    if (!$util.isString(message.clusterName))
                        return "clusterName: string expected";
                if (message.nodeCount != null && $Object.hasOwnProperty.call(message, "nodeCount"))
                    if (!$util.isInteger(message.nodeCount))
                        return "nodeCount: integer expected";
                if (message.seedCount != null && $Object.hasOwnProperty.call(message, "seedCount"))
                    if (!$util.isInteger(message.seedCount))
                        return "seedCount: integer expected";
                if (message.resources != null && $Object.hasOwnProperty.call(message, "resources")) {
                    var error = $root.cassandra_mesos.v1.NodeResources.verify(message.resources, _depth + 1);
                    if (error)
                        return "resources." + error;
                }
                if (message.ports != null && $Object.hasOwnProperty.call(message, "ports")) {
                    var error = $root.cassandra_mesos.v1.NodePorts.verify(message.ports, _depth + 1);
                    if (error)
                        return "ports." + error;
                }
                if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                    if (!$util.isString(message.role))
                        return "role: string expected";
                if (message.principal != null && $Object.hasOwnProperty.call(message, "principal"))
                    if (!$util.isString(message.principal))
                        return "principal: string expected";
                if (message.failoverTimeoutSeconds != null && $Object.hasOwnProperty.call(message, "failoverTimeoutSeconds"))
                    if (typeof message.failoverTimeoutSeconds !== "number")
                        return "failoverTimeoutSeconds: number expected";
                if (message.healthCheckIntervalSeconds != null && $Object.hasOwnProperty.call(message, "healthCheckIntervalSeconds"))
                    if (!$util.isInteger(message.healthCheckIntervalSeconds))
                        return "healthCheckIntervalSeconds: integer expected";
                if (message.bootstrapGraceSeconds != null && $Object.hasOwnProperty.call(message, "bootstrapGraceSeconds"))
                    if (!$util.isInteger(message.bootstrapGraceSeconds))
                        return "bootstrapGraceSeconds: integer expected";
                if (message.replaceTimeoutSeconds != null && $Object.hasOwnProperty.call(message, "replaceTimeoutSeconds"))
                    if (!$util.isInteger(message.replaceTimeoutSeconds))
                        return "replaceTimeoutSeconds: integer expected";
                if (message.artifacts != null && $Object.hasOwnProperty.call(message, "artifacts")) {
                    var error = $root.cassandra_mesos.v1.ArtifactUris.verify(message.artifacts, _depth + 1);
                    if (error)
                        return "artifacts." + error;
                }
                if (message.cassandraVersion != null && $Object.hasOwnProperty.call(message, "cassandraVersion"))
                    if (!$util.isString(message.cassandraVersion))
                        return "cassandraVersion: string expected";
                if (message.yamlOverrides != null && $Object.hasOwnProperty.call(message, "yamlOverrides")) {
                    if (!$util.isObject(message.yamlOverrides))
                        return "yamlOverrides: object expected";
                    var key = $Object.keys(message.yamlOverrides);
                    for (var i = 0; i < key.length; ++i)
                        if (!$util.isString(message.yamlOverrides[key[i]]))
                            return "yamlOverrides: string{k:string} expected";
                }
                if (message.defaultRackDc != null && $Object.hasOwnProperty.call(message, "defaultRackDc")) {
                    var error = $root.cassandra_mesos.v1.RackDc.verify(message.defaultRackDc, _depth + 1);
                    if (error)
                        return "defaultRackDc." + error;
                }
                if (message.dataVolumeMode != null && $Object.hasOwnProperty.call(message, "dataVolumeMode"))
                    if (typeof message.dataVolumeMode !== "number" || (message.dataVolumeMode | 0) !== message.dataVolumeMode)
                        return "dataVolumeMode: enum value expected";
                if (message.numTokens != null && $Object.hasOwnProperty.call(message, "numTokens"))
                    if (!$util.isInteger(message.numTokens))
                        return "numTokens: integer expected";
                if (message.endpointSnitch != null && $Object.hasOwnProperty.call(message, "endpointSnitch"))
                    if (!$util.isString(message.endpointSnitch))
                        return "endpointSnitch: string expected";
                if (message.autoReplace != null && $Object.hasOwnProperty.call(message, "autoReplace"))
                    if (typeof message.autoReplace !== "boolean")
                        return "autoReplace: boolean expected";
                if (message.placementConstraints != null && $Object.hasOwnProperty.call(message, "placementConstraints"))
                    if (!$util.isString(message.placementConstraints))
                        return "placementConstraints: string expected";
                if (message.repairIntervalDays != null && $Object.hasOwnProperty.call(message, "repairIntervalDays"))
                    if (!$util.isInteger(message.repairIntervalDays))
                        return "repairIntervalDays: integer expected";
                if (message.repairWindow != null && $Object.hasOwnProperty.call(message, "repairWindow"))
                    if (!$util.isString(message.repairWindow))
                        return "repairWindow: string expected";
                if (message.initialTokens != null && $Object.hasOwnProperty.call(message, "initialTokens")) {
                    var error = $root.cassandra_mesos.v1.InitialTokens.verify(message.initialTokens, _depth + 1);
                    if (error)
                        return "initialTokens." + error;
                }
                return null;
            };

            FrameworkConfig.fromObject = function (object, _depth) {
                if (object instanceof $root.cassandra_mesos.v1.FrameworkConfig)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cassandra_mesos.v1.FrameworkConfig: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.cassandra_mesos.v1.FrameworkConfig();
                if (object.frameworkName != null)
                    if (typeof object.frameworkName !== "string" || object.frameworkName.length)
                        message.frameworkName = $String(object.frameworkName);
                if (object.clusterName != null)
                    if (typeof object.clusterName !== "string" || object.clusterName.length)
                        message.clusterName = $String(object.clusterName);
                if (object.nodeCount != null)
                    if ($Number(object.nodeCount) !== 0)
                        message.nodeCount = object.nodeCount >>> 0;
                if (object.seedCount != null)
                    if ($Number(object.seedCount) !== 0)
                        message.seedCount = object.seedCount >>> 0;
                if (object.resources != null) {
                    if (!$util.isObject(object.resources))
                        throw $TypeError(".cassandra_mesos.v1.FrameworkConfig.resources: object expected");
                    message.resources = $root.cassandra_mesos.v1.NodeResources.fromObject(object.resources, _depth + 1);
                }
                if (object.ports != null) {
                    if (!$util.isObject(object.ports))
                        throw $TypeError(".cassandra_mesos.v1.FrameworkConfig.ports: object expected");
                    message.ports = $root.cassandra_mesos.v1.NodePorts.fromObject(object.ports, _depth + 1);
                }
                if (object.role != null)
                    if (typeof object.role !== "string" || object.role.length)
                        message.role = $String(object.role);
                if (object.principal != null)
                    if (typeof object.principal !== "string" || object.principal.length)
                        message.principal = $String(object.principal);
                if (object.failoverTimeoutSeconds != null)
                    if (!$Object.is($Number(object.failoverTimeoutSeconds), 0))
                        message.failoverTimeoutSeconds = $Number(object.failoverTimeoutSeconds);
                if (object.healthCheckIntervalSeconds != null)
                    if ($Number(object.healthCheckIntervalSeconds) !== 0)
                        message.healthCheckIntervalSeconds = object.healthCheckIntervalSeconds >>> 0;
                if (object.bootstrapGraceSeconds != null)
                    if ($Number(object.bootstrapGraceSeconds) !== 0)
                        message.bootstrapGraceSeconds = object.bootstrapGraceSeconds >>> 0;
                if (object.replaceTimeoutSeconds != null)
                    if ($Number(object.replaceTimeoutSeconds) !== 0)
                        message.replaceTimeoutSeconds = object.replaceTimeoutSeconds >>> 0;
                if (object.artifacts != null) {
                    if (!$util.isObject(object.artifacts))
                        throw $TypeError(".cassandra_mesos.v1.FrameworkConfig.artifacts: object expected");
                    message.artifacts = $root.cassandra_mesos.v1.ArtifactUris.fromObject(object.artifacts, _depth + 1);
                }
                if (object.cassandraVersion != null)
                    if (typeof object.cassandraVersion !== "string" || object.cassandraVersion.length)
                        message.cassandraVersion = $String(object.cassandraVersion);
                if (object.yamlOverrides) {
                    if (!$util.isObject(object.yamlOverrides))
                        throw $TypeError(".cassandra_mesos.v1.FrameworkConfig.yamlOverrides: object expected");
                    message.yamlOverrides = {};
                    for (var keys = $Object.keys(object.yamlOverrides), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.yamlOverrides, keys[i]);
                        message.yamlOverrides[keys[i]] = $String(object.yamlOverrides[keys[i]]);
                    }
                }
                if (object.defaultRackDc != null) {
                    if (!$util.isObject(object.defaultRackDc))
                        throw $TypeError(".cassandra_mesos.v1.FrameworkConfig.defaultRackDc: object expected");
                    message.defaultRackDc = $root.cassandra_mesos.v1.RackDc.fromObject(object.defaultRackDc, _depth + 1);
                }
                if (object.dataVolumeMode !== 0 && (typeof object.dataVolumeMode !== "string" || $root.cassandra_mesos.v1.DataVolumeMode[object.dataVolumeMode] !== 0))
                    switch (object.dataVolumeMode) {
                    case "DATA_VOLUME_MODE_UNSPECIFIED":
                    case 0:
                        message.dataVolumeMode = 0;
                        break;
                    case "PERSISTENT_VOLUME":
                    case 1:
                        message.dataVolumeMode = 1;
                        break;
                    case "SANDBOX":
                    case 2:
                        message.dataVolumeMode = 2;
                        break;
                    default:
                        if (typeof object.dataVolumeMode === "number" && (object.dataVolumeMode | 0) === object.dataVolumeMode)
                            message.dataVolumeMode = object.dataVolumeMode;
                    }
                if (object.numTokens != null)
                    if ($Number(object.numTokens) !== 0)
                        message.numTokens = object.numTokens >>> 0;
                if (object.endpointSnitch != null)
                    if (typeof object.endpointSnitch !== "string" || object.endpointSnitch.length)
                        message.endpointSnitch = $String(object.endpointSnitch);
                if (object.autoReplace != null)
                    if (object.autoReplace)
                        message.autoReplace = $Boolean(object.autoReplace);
                if (object.placementConstraints != null)
                    if (typeof object.placementConstraints !== "string" || object.placementConstraints.length)
                        message.placementConstraints = $String(object.placementConstraints);
                if (object.repairIntervalDays != null)
                    if ($Number(object.repairIntervalDays) !== 0)
                        message.repairIntervalDays = object.repairIntervalDays >>> 0;
                if (object.repairWindow != null)
                    if (typeof object.repairWindow !== "string" || object.repairWindow.length)
                        message.repairWindow = $String(object.repairWindow);
                if (object.initialTokens != null) {
                    if (!$util.isObject(object.initialTokens))
                        throw $TypeError(".cassandra_mesos.v1.FrameworkConfig.initialTokens: object expected");
                    message.initialTokens = $root.cassandra_mesos.v1.InitialTokens.fromObject(object.initialTokens, _depth + 1);
                }
                return message;
            };

            FrameworkConfig.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.objects || options.defaults)
                    object.yamlOverrides = {};
                if (options.defaults) {
                    object.frameworkName = "";
                    object.clusterName = "";
                    object.nodeCount = 0;
                    object.seedCount = 0;
                    object.resources = null;
                    object.ports = null;
                    object.role = "";
                    object.principal = "";
                    object.failoverTimeoutSeconds = 0;
                    object.healthCheckIntervalSeconds = 0;
                    object.bootstrapGraceSeconds = 0;
                    object.replaceTimeoutSeconds = 0;
                    object.artifacts = null;
                    object.cassandraVersion = "";
                    object.defaultRackDc = null;
                    object.dataVolumeMode = options.enums === $String ? "DATA_VOLUME_MODE_UNSPECIFIED" : 0;
                    object.numTokens = 0;
                    object.endpointSnitch = "";
                    object.autoReplace = false;
                    object.placementConstraints = "";
                    object.repairIntervalDays = 0;
                    object.repairWindow = "";
                    object.initialTokens = null;
                }
                if (message.frameworkName != null && $Object.hasOwnProperty.call(message, "frameworkName"))
                    object.frameworkName = message.frameworkName;
                if (message.clusterName != null && $Object.hasOwnProperty.call(message, "clusterName"))
                    object.clusterName = message.clusterName;
                if (message.nodeCount != null && $Object.hasOwnProperty.call(message, "nodeCount"))
                    object.nodeCount = message.nodeCount;
                if (message.seedCount != null && $Object.hasOwnProperty.call(message, "seedCount"))
                    object.seedCount = message.seedCount;
                if (message.resources != null && $Object.hasOwnProperty.call(message, "resources"))
                    object.resources = $root.cassandra_mesos.v1.NodeResources.toObject(message.resources, options, _depth + 1);
                if (message.ports != null && $Object.hasOwnProperty.call(message, "ports"))
                    object.ports = $root.cassandra_mesos.v1.NodePorts.toObject(message.ports, options, _depth + 1);
                if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                    object.role = message.role;
                if (message.principal != null && $Object.hasOwnProperty.call(message, "principal"))
                    object.principal = message.principal;
                if (message.failoverTimeoutSeconds != null && $Object.hasOwnProperty.call(message, "failoverTimeoutSeconds"))
                    object.failoverTimeoutSeconds = options.json && !$isFinite(message.failoverTimeoutSeconds) ? $String(message.failoverTimeoutSeconds) : message.failoverTimeoutSeconds;
                if (message.healthCheckIntervalSeconds != null && $Object.hasOwnProperty.call(message, "healthCheckIntervalSeconds"))
                    object.healthCheckIntervalSeconds = message.healthCheckIntervalSeconds;
                if (message.bootstrapGraceSeconds != null && $Object.hasOwnProperty.call(message, "bootstrapGraceSeconds"))
                    object.bootstrapGraceSeconds = message.bootstrapGraceSeconds;
                if (message.replaceTimeoutSeconds != null && $Object.hasOwnProperty.call(message, "replaceTimeoutSeconds"))
                    object.replaceTimeoutSeconds = message.replaceTimeoutSeconds;
                if (message.artifacts != null && $Object.hasOwnProperty.call(message, "artifacts"))
                    object.artifacts = $root.cassandra_mesos.v1.ArtifactUris.toObject(message.artifacts, options, _depth + 1);
                if (message.cassandraVersion != null && $Object.hasOwnProperty.call(message, "cassandraVersion"))
                    object.cassandraVersion = message.cassandraVersion;
                var keys2;
                if (message.yamlOverrides && (keys2 = $Object.keys(message.yamlOverrides)).length) {
                    object.yamlOverrides = {};
                    for (var j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.yamlOverrides, keys2[j]);
                        object.yamlOverrides[keys2[j]] = message.yamlOverrides[keys2[j]];
                    }
                }
                if (message.defaultRackDc != null && $Object.hasOwnProperty.call(message, "defaultRackDc"))
                    object.defaultRackDc = $root.cassandra_mesos.v1.RackDc.toObject(message.defaultRackDc, options, _depth + 1);
                if (message.dataVolumeMode != null && $Object.hasOwnProperty.call(message, "dataVolumeMode"))
                    object.dataVolumeMode = options.enums === $String ? $root.cassandra_mesos.v1.DataVolumeMode[message.dataVolumeMode] === $undefined ? message.dataVolumeMode : $root.cassandra_mesos.v1.DataVolumeMode[message.dataVolumeMode] : message.dataVolumeMode;
                if (message.numTokens != null && $Object.hasOwnProperty.call(message, "numTokens"))
                    object.numTokens = message.numTokens;
                if (message.endpointSnitch != null && $Object.hasOwnProperty.call(message, "endpointSnitch"))
                    object.endpointSnitch = message.endpointSnitch;
                if (message.autoReplace != null && $Object.hasOwnProperty.call(message, "autoReplace"))
                    object.autoReplace = message.autoReplace;
                if (message.placementConstraints != null && $Object.hasOwnProperty.call(message, "placementConstraints"))
                    object.placementConstraints = message.placementConstraints;
                if (message.repairIntervalDays != null && $Object.hasOwnProperty.call(message, "repairIntervalDays"))
                    object.repairIntervalDays = message.repairIntervalDays;
                if (message.repairWindow != null && $Object.hasOwnProperty.call(message, "repairWindow"))
                    object.repairWindow = message.repairWindow;
                if (message.initialTokens != null && $Object.hasOwnProperty.call(message, "initialTokens"))
                    object.initialTokens = $root.cassandra_mesos.v1.InitialTokens.toObject(message.initialTokens, options, _depth + 1);
                return object;
            };

            FrameworkConfig.prototype.toJSON = function() {
                return FrameworkConfig.toObject(this, $protobuf.util.toJSONOptions);
            };

            FrameworkConfig.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cassandra_mesos.v1.FrameworkConfig";
            };

            return FrameworkConfig;
        })();

        v1.NodeInitialTokens = (function() {

            var NodeInitialTokens = function (properties) {
                this.tokens = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            NodeInitialTokens.prototype.nodeId = "";
            NodeInitialTokens.prototype.backupNodeId = "";
            NodeInitialTokens.prototype.tokens = $util.emptyArray;

            NodeInitialTokens.create = function(properties) {
                return new NodeInitialTokens(properties);
            };

            NodeInitialTokens.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && message.nodeId !== "")
                    writer.uint32(10).string(message.nodeId);
                if (message.backupNodeId != null && $Object.hasOwnProperty.call(message, "backupNodeId") && message.backupNodeId !== "")
                    writer.uint32(18).string(message.backupNodeId);
                if (message.tokens != null && message.tokens.length)
                    for (var i = 0; i < message.tokens.length; ++i)
                        writer.uint32(26).string(message.tokens[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            NodeInitialTokens.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            NodeInitialTokens.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassandra_mesos.v1.NodeInitialTokens();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.nodeId = value;
                            else
                                delete message.nodeId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.backupNodeId = value;
                            else
                                delete message.backupNodeId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.tokens && message.tokens.length))
                                message.tokens = [];
                            message.tokens.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            NodeInitialTokens.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            NodeInitialTokens.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                    if (!$util.isString(message.nodeId))
                        return "nodeId: string expected";
                if (message.backupNodeId != null && $Object.hasOwnProperty.call(message, "backupNodeId"))
                    if (!$util.isString(message.backupNodeId))
                        return "backupNodeId: string expected";
                if (message.tokens != null && $Object.hasOwnProperty.call(message, "tokens")) {
                    if (!$Array.isArray(message.tokens))
                        return "tokens: array expected";
                    for (var i = 0; i < message.tokens.length; ++i)
                        if (!$util.isString(message.tokens[i]))
                            return "tokens: string[] expected";
                }
                return null;
            };

            NodeInitialTokens.fromObject = function (object, _depth) {
                if (object instanceof $root.cassandra_mesos.v1.NodeInitialTokens)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cassandra_mesos.v1.NodeInitialTokens: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.cassandra_mesos.v1.NodeInitialTokens();
                if (object.nodeId != null)
                    if (typeof object.nodeId !== "string" || object.nodeId.length)
                        message.nodeId = $String(object.nodeId);
                if (object.backupNodeId != null)
                    if (typeof object.backupNodeId !== "string" || object.backupNodeId.length)
                        message.backupNodeId = $String(object.backupNodeId);
                if (object.tokens) {
                    if (!$Array.isArray(object.tokens))
                        throw $TypeError(".cassandra_mesos.v1.NodeInitialTokens.tokens: array expected");
                    message.tokens = $Array(object.tokens.length);
                    for (var i = 0; i < object.tokens.length; ++i)
                        message.tokens[i] = $String(object.tokens[i]);
                }
                return message;
            };

            NodeInitialTokens.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults)
                    object.tokens = [];
                if (options.defaults) {
                    object.nodeId = "";
                    object.backupNodeId = "";
                }
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                    object.nodeId = message.nodeId;
                if (message.backupNodeId != null && $Object.hasOwnProperty.call(message, "backupNodeId"))
                    object.backupNodeId = message.backupNodeId;
                if (message.tokens && message.tokens.length) {
                    object.tokens = $Array(message.tokens.length);
                    for (var j = 0; j < message.tokens.length; ++j)
                        object.tokens[j] = message.tokens[j];
                }
                return object;
            };

            NodeInitialTokens.prototype.toJSON = function() {
                return NodeInitialTokens.toObject(this, $protobuf.util.toJSONOptions);
            };

            NodeInitialTokens.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cassandra_mesos.v1.NodeInitialTokens";
            };

            return NodeInitialTokens;
        })();

        v1.InitialTokens = (function() {

            var InitialTokens = function (properties) {
                this.nodes = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            InitialTokens.prototype.source = "";
            InitialTokens.prototype.location = "";
            InitialTokens.prototype.nodes = $util.emptyArray;
            InitialTokens.prototype.problem = "";

            InitialTokens.create = function(properties) {
                return new InitialTokens(properties);
            };

            InitialTokens.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.source != null && $Object.hasOwnProperty.call(message, "source") && message.source !== "")
                    writer.uint32(10).string(message.source);
                if (message.location != null && $Object.hasOwnProperty.call(message, "location") && message.location !== "")
                    writer.uint32(18).string(message.location);
                if (message.nodes != null && message.nodes.length)
                    for (var i = 0; i < message.nodes.length; ++i)
                        $root.cassandra_mesos.v1.NodeInitialTokens.encode(message.nodes[i], writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.problem != null && $Object.hasOwnProperty.call(message, "problem") && message.problem !== "")
                    writer.uint32(34).string(message.problem);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            InitialTokens.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            InitialTokens.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassandra_mesos.v1.InitialTokens();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.source = value;
                            else
                                delete message.source;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.location = value;
                            else
                                delete message.location;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.nodes && message.nodes.length))
                                message.nodes = [];
                            message.nodes.push($root.cassandra_mesos.v1.NodeInitialTokens.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.problem = value;
                            else
                                delete message.problem;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            InitialTokens.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            InitialTokens.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    if (!$util.isString(message.source))
                        return "source: string expected";
                if (message.location != null && $Object.hasOwnProperty.call(message, "location"))
                    if (!$util.isString(message.location))
                        return "location: string expected";
                if (message.nodes != null && $Object.hasOwnProperty.call(message, "nodes")) {
                    if (!$Array.isArray(message.nodes))
                        return "nodes: array expected";
                    for (var i = 0; i < message.nodes.length; ++i) {
                        var error = $root.cassandra_mesos.v1.NodeInitialTokens.verify(message.nodes[i], _depth + 1);
                        if (error)
                            return "nodes." + error;
                    }
                }
                if (message.problem != null && $Object.hasOwnProperty.call(message, "problem"))
                    if (!$util.isString(message.problem))
                        return "problem: string expected";
                return null;
            };

            InitialTokens.fromObject = function (object, _depth) {
                if (object instanceof $root.cassandra_mesos.v1.InitialTokens)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cassandra_mesos.v1.InitialTokens: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.cassandra_mesos.v1.InitialTokens();
                if (object.source != null)
                    if (typeof object.source !== "string" || object.source.length)
                        message.source = $String(object.source);
                if (object.location != null)
                    if (typeof object.location !== "string" || object.location.length)
                        message.location = $String(object.location);
                if (object.nodes) {
                    if (!$Array.isArray(object.nodes))
                        throw $TypeError(".cassandra_mesos.v1.InitialTokens.nodes: array expected");
                    message.nodes = $Array(object.nodes.length);
                    for (var i = 0; i < object.nodes.length; ++i) {
                        if (!$util.isObject(object.nodes[i]))
                            throw $TypeError(".cassandra_mesos.v1.InitialTokens.nodes: object expected");
                        message.nodes[i] = $root.cassandra_mesos.v1.NodeInitialTokens.fromObject(object.nodes[i], _depth + 1);
                    }
                }
                if (object.problem != null)
                    if (typeof object.problem !== "string" || object.problem.length)
                        message.problem = $String(object.problem);
                return message;
            };

            InitialTokens.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults)
                    object.nodes = [];
                if (options.defaults) {
                    object.source = "";
                    object.location = "";
                    object.problem = "";
                }
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    object.source = message.source;
                if (message.location != null && $Object.hasOwnProperty.call(message, "location"))
                    object.location = message.location;
                if (message.nodes && message.nodes.length) {
                    object.nodes = $Array(message.nodes.length);
                    for (var j = 0; j < message.nodes.length; ++j)
                        object.nodes[j] = $root.cassandra_mesos.v1.NodeInitialTokens.toObject(message.nodes[j], options, _depth + 1);
                }
                if (message.problem != null && $Object.hasOwnProperty.call(message, "problem"))
                    object.problem = message.problem;
                return object;
            };

            InitialTokens.prototype.toJSON = function() {
                return InitialTokens.toObject(this, $protobuf.util.toJSONOptions);
            };

            InitialTokens.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cassandra_mesos.v1.InitialTokens";
            };

            return InitialTokens;
        })();

        v1.ConfigVersion = (function() {

            var ConfigVersion = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ConfigVersion.prototype.id = "";
            ConfigVersion.prototype.createdAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            ConfigVersion.prototype.config = null;
            ConfigVersion.prototype.source = "";

            ConfigVersion.create = function(properties) {
                return new ConfigVersion(properties);
            };

            ConfigVersion.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(10).string(message.id);
                if (message.createdAtMs != null && $Object.hasOwnProperty.call(message, "createdAtMs") && (typeof message.createdAtMs === "object" ? message.createdAtMs.low || message.createdAtMs.high : message.createdAtMs !== 0))
                    writer.uint32(16).int64(message.createdAtMs);
                if (message.config != null && $Object.hasOwnProperty.call(message, "config"))
                    $root.cassandra_mesos.v1.FrameworkConfig.encode(message.config, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.source != null && $Object.hasOwnProperty.call(message, "source") && message.source !== "")
                    writer.uint32(34).string(message.source);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ConfigVersion.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            ConfigVersion.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassandra_mesos.v1.ConfigVersion();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.createdAtMs = value;
                            else
                                delete message.createdAtMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.config = $root.cassandra_mesos.v1.FrameworkConfig.decode(reader, reader.size(), $undefined, _depth + 1, message.config);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.source = value;
                            else
                                delete message.source;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ConfigVersion.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            ConfigVersion.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isString(message.id))
                        return "id: string expected";
                if (message.createdAtMs != null && $Object.hasOwnProperty.call(message, "createdAtMs"))
                    if (!$util.isInteger(message.createdAtMs) && !(message.createdAtMs && $util.isInteger(message.createdAtMs.low) && $util.isInteger(message.createdAtMs.high)))
                        return "createdAtMs: integer|Long expected";
                if (message.config != null && $Object.hasOwnProperty.call(message, "config")) {
                    var error = $root.cassandra_mesos.v1.FrameworkConfig.verify(message.config, _depth + 1);
                    if (error)
                        return "config." + error;
                }
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    if (!$util.isString(message.source))
                        return "source: string expected";
                return null;
            };

            ConfigVersion.fromObject = function (object, _depth) {
                if (object instanceof $root.cassandra_mesos.v1.ConfigVersion)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cassandra_mesos.v1.ConfigVersion: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.cassandra_mesos.v1.ConfigVersion();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.createdAtMs != null)
                    if (typeof object.createdAtMs === "object" ? object.createdAtMs.low || object.createdAtMs.high : $Number(object.createdAtMs) !== 0)
                        if ($util.Long)
                            message.createdAtMs = $util.Long.fromValue(object.createdAtMs, false);
                        else if (typeof object.createdAtMs === "string")
                            message.createdAtMs = $parseInt(object.createdAtMs, 10);
                        else if (typeof object.createdAtMs === "number")
                            message.createdAtMs = object.createdAtMs;
                        else if (typeof object.createdAtMs === "object")
                            message.createdAtMs = new $util.LongBits(object.createdAtMs.low >>> 0, object.createdAtMs.high >>> 0).toNumber();
                if (object.config != null) {
                    if (!$util.isObject(object.config))
                        throw $TypeError(".cassandra_mesos.v1.ConfigVersion.config: object expected");
                    message.config = $root.cassandra_mesos.v1.FrameworkConfig.fromObject(object.config, _depth + 1);
                }
                if (object.source != null)
                    if (typeof object.source !== "string" || object.source.length)
                        message.source = $String(object.source);
                return message;
            };

            ConfigVersion.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.id = "";
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.createdAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.createdAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.config = null;
                    object.source = "";
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.createdAtMs != null && $Object.hasOwnProperty.call(message, "createdAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.createdAtMs = typeof message.createdAtMs === "number" ? $BigInt(message.createdAtMs) : $util.Long.fromBits(message.createdAtMs.low >>> 0, message.createdAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.createdAtMs === "number")
                        object.createdAtMs = options.longs === $String ? $String(message.createdAtMs) : message.createdAtMs;
                    else
                        object.createdAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.createdAtMs) : options.longs === $Number ? new $util.LongBits(message.createdAtMs.low >>> 0, message.createdAtMs.high >>> 0).toNumber() : message.createdAtMs;
                if (message.config != null && $Object.hasOwnProperty.call(message, "config"))
                    object.config = $root.cassandra_mesos.v1.FrameworkConfig.toObject(message.config, options, _depth + 1);
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    object.source = message.source;
                return object;
            };

            ConfigVersion.prototype.toJSON = function() {
                return ConfigVersion.toObject(this, $protobuf.util.toJSONOptions);
            };

            ConfigVersion.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cassandra_mesos.v1.ConfigVersion";
            };

            return ConfigVersion;
        })();

        v1.ConfigTarget = (function() {

            var ConfigTarget = function (properties) {
                this.rejectedErrors = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ConfigTarget.prototype.targetId = "";
            ConfigTarget.prototype.previousTargetId = "";
            ConfigTarget.prototype.rejectedErrors = $util.emptyArray;
            ConfigTarget.prototype.rejectedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            ConfigTarget.prototype.envFingerprint = "";

            ConfigTarget.create = function(properties) {
                return new ConfigTarget(properties);
            };

            ConfigTarget.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.targetId != null && $Object.hasOwnProperty.call(message, "targetId") && message.targetId !== "")
                    writer.uint32(10).string(message.targetId);
                if (message.previousTargetId != null && $Object.hasOwnProperty.call(message, "previousTargetId") && message.previousTargetId !== "")
                    writer.uint32(18).string(message.previousTargetId);
                if (message.rejectedErrors != null && message.rejectedErrors.length)
                    for (var i = 0; i < message.rejectedErrors.length; ++i)
                        $root.cassandra_mesos.v1.ConfigError.encode(message.rejectedErrors[i], writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.rejectedAtMs != null && $Object.hasOwnProperty.call(message, "rejectedAtMs") && (typeof message.rejectedAtMs === "object" ? message.rejectedAtMs.low || message.rejectedAtMs.high : message.rejectedAtMs !== 0))
                    writer.uint32(32).int64(message.rejectedAtMs);
                if (message.envFingerprint != null && $Object.hasOwnProperty.call(message, "envFingerprint") && message.envFingerprint !== "")
                    writer.uint32(42).string(message.envFingerprint);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ConfigTarget.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            ConfigTarget.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassandra_mesos.v1.ConfigTarget();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.targetId = value;
                            else
                                delete message.targetId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.previousTargetId = value;
                            else
                                delete message.previousTargetId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.rejectedErrors && message.rejectedErrors.length))
                                message.rejectedErrors = [];
                            message.rejectedErrors.push($root.cassandra_mesos.v1.ConfigError.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.rejectedAtMs = value;
                            else
                                delete message.rejectedAtMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.envFingerprint = value;
                            else
                                delete message.envFingerprint;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ConfigTarget.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            ConfigTarget.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.targetId != null && $Object.hasOwnProperty.call(message, "targetId"))
                    if (!$util.isString(message.targetId))
                        return "targetId: string expected";
                if (message.previousTargetId != null && $Object.hasOwnProperty.call(message, "previousTargetId"))
                    if (!$util.isString(message.previousTargetId))
                        return "previousTargetId: string expected";
                if (message.rejectedErrors != null && $Object.hasOwnProperty.call(message, "rejectedErrors")) {
                    if (!$Array.isArray(message.rejectedErrors))
                        return "rejectedErrors: array expected";
                    for (var i = 0; i < message.rejectedErrors.length; ++i) {
                        var error = $root.cassandra_mesos.v1.ConfigError.verify(message.rejectedErrors[i], _depth + 1);
                        if (error)
                            return "rejectedErrors." + error;
                    }
                }
                if (message.rejectedAtMs != null && $Object.hasOwnProperty.call(message, "rejectedAtMs"))
                    if (!$util.isInteger(message.rejectedAtMs) && !(message.rejectedAtMs && $util.isInteger(message.rejectedAtMs.low) && $util.isInteger(message.rejectedAtMs.high)))
                        return "rejectedAtMs: integer|Long expected";
                if (message.envFingerprint != null && $Object.hasOwnProperty.call(message, "envFingerprint"))
                    if (!$util.isString(message.envFingerprint))
                        return "envFingerprint: string expected";
                return null;
            };

            ConfigTarget.fromObject = function (object, _depth) {
                if (object instanceof $root.cassandra_mesos.v1.ConfigTarget)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cassandra_mesos.v1.ConfigTarget: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.cassandra_mesos.v1.ConfigTarget();
                if (object.targetId != null)
                    if (typeof object.targetId !== "string" || object.targetId.length)
                        message.targetId = $String(object.targetId);
                if (object.previousTargetId != null)
                    if (typeof object.previousTargetId !== "string" || object.previousTargetId.length)
                        message.previousTargetId = $String(object.previousTargetId);
                if (object.rejectedErrors) {
                    if (!$Array.isArray(object.rejectedErrors))
                        throw $TypeError(".cassandra_mesos.v1.ConfigTarget.rejectedErrors: array expected");
                    message.rejectedErrors = $Array(object.rejectedErrors.length);
                    for (var i = 0; i < object.rejectedErrors.length; ++i) {
                        if (!$util.isObject(object.rejectedErrors[i]))
                            throw $TypeError(".cassandra_mesos.v1.ConfigTarget.rejectedErrors: object expected");
                        message.rejectedErrors[i] = $root.cassandra_mesos.v1.ConfigError.fromObject(object.rejectedErrors[i], _depth + 1);
                    }
                }
                if (object.rejectedAtMs != null)
                    if (typeof object.rejectedAtMs === "object" ? object.rejectedAtMs.low || object.rejectedAtMs.high : $Number(object.rejectedAtMs) !== 0)
                        if ($util.Long)
                            message.rejectedAtMs = $util.Long.fromValue(object.rejectedAtMs, false);
                        else if (typeof object.rejectedAtMs === "string")
                            message.rejectedAtMs = $parseInt(object.rejectedAtMs, 10);
                        else if (typeof object.rejectedAtMs === "number")
                            message.rejectedAtMs = object.rejectedAtMs;
                        else if (typeof object.rejectedAtMs === "object")
                            message.rejectedAtMs = new $util.LongBits(object.rejectedAtMs.low >>> 0, object.rejectedAtMs.high >>> 0).toNumber();
                if (object.envFingerprint != null)
                    if (typeof object.envFingerprint !== "string" || object.envFingerprint.length)
                        message.envFingerprint = $String(object.envFingerprint);
                return message;
            };

            ConfigTarget.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults)
                    object.rejectedErrors = [];
                if (options.defaults) {
                    object.targetId = "";
                    object.previousTargetId = "";
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.rejectedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.rejectedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.envFingerprint = "";
                }
                if (message.targetId != null && $Object.hasOwnProperty.call(message, "targetId"))
                    object.targetId = message.targetId;
                if (message.previousTargetId != null && $Object.hasOwnProperty.call(message, "previousTargetId"))
                    object.previousTargetId = message.previousTargetId;
                if (message.rejectedErrors && message.rejectedErrors.length) {
                    object.rejectedErrors = $Array(message.rejectedErrors.length);
                    for (var j = 0; j < message.rejectedErrors.length; ++j)
                        object.rejectedErrors[j] = $root.cassandra_mesos.v1.ConfigError.toObject(message.rejectedErrors[j], options, _depth + 1);
                }
                if (message.rejectedAtMs != null && $Object.hasOwnProperty.call(message, "rejectedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.rejectedAtMs = typeof message.rejectedAtMs === "number" ? $BigInt(message.rejectedAtMs) : $util.Long.fromBits(message.rejectedAtMs.low >>> 0, message.rejectedAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.rejectedAtMs === "number")
                        object.rejectedAtMs = options.longs === $String ? $String(message.rejectedAtMs) : message.rejectedAtMs;
                    else
                        object.rejectedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.rejectedAtMs) : options.longs === $Number ? new $util.LongBits(message.rejectedAtMs.low >>> 0, message.rejectedAtMs.high >>> 0).toNumber() : message.rejectedAtMs;
                if (message.envFingerprint != null && $Object.hasOwnProperty.call(message, "envFingerprint"))
                    object.envFingerprint = message.envFingerprint;
                return object;
            };

            ConfigTarget.prototype.toJSON = function() {
                return ConfigTarget.toObject(this, $protobuf.util.toJSONOptions);
            };

            ConfigTarget.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cassandra_mesos.v1.ConfigTarget";
            };

            return ConfigTarget;
        })();

        v1.ConfigError = (function() {

            var ConfigError = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ConfigError.prototype.field = "";
            ConfigError.prototype.code = "";
            ConfigError.prototype.message = "";

            ConfigError.create = function(properties) {
                return new ConfigError(properties);
            };

            ConfigError.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.field != null && $Object.hasOwnProperty.call(message, "field") && message.field !== "")
                    writer.uint32(10).string(message.field);
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                    writer.uint32(18).string(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(26).string(message.message);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ConfigError.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            ConfigError.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassandra_mesos.v1.ConfigError();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.field = value;
                            else
                                delete message.field;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ConfigError.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            ConfigError.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.field != null && $Object.hasOwnProperty.call(message, "field"))
                    if (!$util.isString(message.field))
                        return "field: string expected";
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    if (!$util.isString(message.code))
                        return "code: string expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                return null;
            };

            ConfigError.fromObject = function (object, _depth) {
                if (object instanceof $root.cassandra_mesos.v1.ConfigError)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cassandra_mesos.v1.ConfigError: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.cassandra_mesos.v1.ConfigError();
                if (object.field != null)
                    if (typeof object.field !== "string" || object.field.length)
                        message.field = $String(object.field);
                if (object.code != null)
                    if (typeof object.code !== "string" || object.code.length)
                        message.code = $String(object.code);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                return message;
            };

            ConfigError.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.field = "";
                    object.code = "";
                    object.message = "";
                }
                if (message.field != null && $Object.hasOwnProperty.call(message, "field"))
                    object.field = message.field;
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                return object;
            };

            ConfigError.prototype.toJSON = function() {
                return ConfigError.toObject(this, $protobuf.util.toJSONOptions);
            };

            ConfigError.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cassandra_mesos.v1.ConfigError";
            };

            return ConfigError;
        })();

        v1.CassandraNodeInfo = (function() {

            var CassandraNodeInfo = function (properties) {
                this.liveNodes = [];
                this.unreachableNodes = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            CassandraNodeInfo.prototype.operationMode = "";
            CassandraNodeInfo.prototype.initialized = false;
            CassandraNodeInfo.prototype.joined = false;
            CassandraNodeInfo.prototype.gossipRunning = false;
            CassandraNodeInfo.prototype.nativeTransportRunning = false;
            CassandraNodeInfo.prototype.hostId = "";
            CassandraNodeInfo.prototype.tokenCount = 0;
            CassandraNodeInfo.prototype.dataCenter = "";
            CassandraNodeInfo.prototype.rack = "";
            CassandraNodeInfo.prototype.releaseVersion = "";
            CassandraNodeInfo.prototype.clusterName = "";
            CassandraNodeInfo.prototype.loadBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            CassandraNodeInfo.prototype.liveNodes = $util.emptyArray;
            CassandraNodeInfo.prototype.unreachableNodes = $util.emptyArray;
            CassandraNodeInfo.prototype.uptimeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            CassandraNodeInfo.prototype.endpoint = "";

            CassandraNodeInfo.create = function(properties) {
                return new CassandraNodeInfo(properties);
            };

            CassandraNodeInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.operationMode != null && $Object.hasOwnProperty.call(message, "operationMode") && message.operationMode !== "")
                    writer.uint32(10).string(message.operationMode);
                if (message.initialized != null && $Object.hasOwnProperty.call(message, "initialized") && message.initialized !== false)
                    writer.uint32(16).bool(message.initialized);
                if (message.joined != null && $Object.hasOwnProperty.call(message, "joined") && message.joined !== false)
                    writer.uint32(24).bool(message.joined);
                if (message.gossipRunning != null && $Object.hasOwnProperty.call(message, "gossipRunning") && message.gossipRunning !== false)
                    writer.uint32(32).bool(message.gossipRunning);
                if (message.nativeTransportRunning != null && $Object.hasOwnProperty.call(message, "nativeTransportRunning") && message.nativeTransportRunning !== false)
                    writer.uint32(40).bool(message.nativeTransportRunning);
                if (message.hostId != null && $Object.hasOwnProperty.call(message, "hostId") && message.hostId !== "")
                    writer.uint32(50).string(message.hostId);
                if (message.tokenCount != null && $Object.hasOwnProperty.call(message, "tokenCount") && message.tokenCount !== 0)
                    writer.uint32(56).uint32(message.tokenCount);
                if (message.dataCenter != null && $Object.hasOwnProperty.call(message, "dataCenter") && message.dataCenter !== "")
                    writer.uint32(66).string(message.dataCenter);
                if (message.rack != null && $Object.hasOwnProperty.call(message, "rack") && message.rack !== "")
                    writer.uint32(74).string(message.rack);
                if (message.releaseVersion != null && $Object.hasOwnProperty.call(message, "releaseVersion") && message.releaseVersion !== "")
                    writer.uint32(82).string(message.releaseVersion);
                if (message.clusterName != null && $Object.hasOwnProperty.call(message, "clusterName") && message.clusterName !== "")
                    writer.uint32(90).string(message.clusterName);
                if (message.loadBytes != null && $Object.hasOwnProperty.call(message, "loadBytes") && (typeof message.loadBytes === "object" ? message.loadBytes.low || message.loadBytes.high : message.loadBytes !== 0))
                    writer.uint32(96).uint64(message.loadBytes);
                if (message.liveNodes != null && message.liveNodes.length)
                    for (var i = 0; i < message.liveNodes.length; ++i)
                        writer.uint32(106).string(message.liveNodes[i]);
                if (message.unreachableNodes != null && message.unreachableNodes.length)
                    for (var i = 0; i < message.unreachableNodes.length; ++i)
                        writer.uint32(114).string(message.unreachableNodes[i]);
                if (message.uptimeMs != null && $Object.hasOwnProperty.call(message, "uptimeMs") && (typeof message.uptimeMs === "object" ? message.uptimeMs.low || message.uptimeMs.high : message.uptimeMs !== 0))
                    writer.uint32(120).uint64(message.uptimeMs);
                if (message.endpoint != null && $Object.hasOwnProperty.call(message, "endpoint") && message.endpoint !== "")
                    writer.uint32(130).string(message.endpoint);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            CassandraNodeInfo.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            CassandraNodeInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassandra_mesos.v1.CassandraNodeInfo();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.operationMode = value;
                            else
                                delete message.operationMode;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.initialized = value;
                            else
                                delete message.initialized;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.joined = value;
                            else
                                delete message.joined;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.gossipRunning = value;
                            else
                                delete message.gossipRunning;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.nativeTransportRunning = value;
                            else
                                delete message.nativeTransportRunning;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hostId = value;
                            else
                                delete message.hostId;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.tokenCount = value;
                            else
                                delete message.tokenCount;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.dataCenter = value;
                            else
                                delete message.dataCenter;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.rack = value;
                            else
                                delete message.rack;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.releaseVersion = value;
                            else
                                delete message.releaseVersion;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clusterName = value;
                            else
                                delete message.clusterName;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.loadBytes = value;
                            else
                                delete message.loadBytes;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if (!(message.liveNodes && message.liveNodes.length))
                                message.liveNodes = [];
                            message.liveNodes.push(reader.stringVerify());
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            if (!(message.unreachableNodes && message.unreachableNodes.length))
                                message.unreachableNodes = [];
                            message.unreachableNodes.push(reader.stringVerify());
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.uptimeMs = value;
                            else
                                delete message.uptimeMs;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.endpoint = value;
                            else
                                delete message.endpoint;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            CassandraNodeInfo.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            CassandraNodeInfo.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.operationMode != null && $Object.hasOwnProperty.call(message, "operationMode"))
                    if (!$util.isString(message.operationMode))
                        return "operationMode: string expected";
                if (message.initialized != null && $Object.hasOwnProperty.call(message, "initialized"))
                    if (typeof message.initialized !== "boolean")
                        return "initialized: boolean expected";
                if (message.joined != null && $Object.hasOwnProperty.call(message, "joined"))
                    if (typeof message.joined !== "boolean")
                        return "joined: boolean expected";
                if (message.gossipRunning != null && $Object.hasOwnProperty.call(message, "gossipRunning"))
                    if (typeof message.gossipRunning !== "boolean")
                        return "gossipRunning: boolean expected";
                if (message.nativeTransportRunning != null && $Object.hasOwnProperty.call(message, "nativeTransportRunning"))
                    if (typeof message.nativeTransportRunning !== "boolean")
                        return "nativeTransportRunning: boolean expected";
                if (message.hostId != null && $Object.hasOwnProperty.call(message, "hostId"))
                    if (!$util.isString(message.hostId))
                        return "hostId: string expected";
                if (message.tokenCount != null && $Object.hasOwnProperty.call(message, "tokenCount"))
                    if (!$util.isInteger(message.tokenCount))
                        return "tokenCount: integer expected";
                if (message.dataCenter != null && $Object.hasOwnProperty.call(message, "dataCenter"))
                    if (!$util.isString(message.dataCenter))
                        return "dataCenter: string expected";
                if (message.rack != null && $Object.hasOwnProperty.call(message, "rack"))
                    if (!$util.isString(message.rack))
                        return "rack: string expected";
                if (message.releaseVersion != null && $Object.hasOwnProperty.call(message, "releaseVersion"))
                    if (!$util.isString(message.releaseVersion))
                        return "releaseVersion: string expected";
                if (message.clusterName != null && $Object.hasOwnProperty.call(message, "clusterName"))
                    if (!$util.isString(message.clusterName))
                        return "clusterName: string expected";
                if (message.loadBytes != null && $Object.hasOwnProperty.call(message, "loadBytes"))
                    if (!$util.isInteger(message.loadBytes) && !(message.loadBytes && $util.isInteger(message.loadBytes.low) && $util.isInteger(message.loadBytes.high)))
                        return "loadBytes: integer|Long expected";
                if (message.liveNodes != null && $Object.hasOwnProperty.call(message, "liveNodes")) {
                    if (!$Array.isArray(message.liveNodes))
                        return "liveNodes: array expected";
                    for (var i = 0; i < message.liveNodes.length; ++i)
                        if (!$util.isString(message.liveNodes[i]))
                            return "liveNodes: string[] expected";
                }
                if (message.unreachableNodes != null && $Object.hasOwnProperty.call(message, "unreachableNodes")) {
                    if (!$Array.isArray(message.unreachableNodes))
                        return "unreachableNodes: array expected";
                    for (var i = 0; i < message.unreachableNodes.length; ++i)
                        if (!$util.isString(message.unreachableNodes[i]))
                            return "unreachableNodes: string[] expected";
                }
                if (message.uptimeMs != null && $Object.hasOwnProperty.call(message, "uptimeMs"))
                    if (!$util.isInteger(message.uptimeMs) && !(message.uptimeMs && $util.isInteger(message.uptimeMs.low) && $util.isInteger(message.uptimeMs.high)))
                        return "uptimeMs: integer|Long expected";
                if (message.endpoint != null && $Object.hasOwnProperty.call(message, "endpoint"))
                    if (!$util.isString(message.endpoint))
                        return "endpoint: string expected";
                return null;
            };

            CassandraNodeInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.cassandra_mesos.v1.CassandraNodeInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cassandra_mesos.v1.CassandraNodeInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.cassandra_mesos.v1.CassandraNodeInfo();
                if (object.operationMode != null)
                    if (typeof object.operationMode !== "string" || object.operationMode.length)
                        message.operationMode = $String(object.operationMode);
                if (object.initialized != null)
                    if (object.initialized)
                        message.initialized = $Boolean(object.initialized);
                if (object.joined != null)
                    if (object.joined)
                        message.joined = $Boolean(object.joined);
                if (object.gossipRunning != null)
                    if (object.gossipRunning)
                        message.gossipRunning = $Boolean(object.gossipRunning);
                if (object.nativeTransportRunning != null)
                    if (object.nativeTransportRunning)
                        message.nativeTransportRunning = $Boolean(object.nativeTransportRunning);
                if (object.hostId != null)
                    if (typeof object.hostId !== "string" || object.hostId.length)
                        message.hostId = $String(object.hostId);
                if (object.tokenCount != null)
                    if ($Number(object.tokenCount) !== 0)
                        message.tokenCount = object.tokenCount >>> 0;
                if (object.dataCenter != null)
                    if (typeof object.dataCenter !== "string" || object.dataCenter.length)
                        message.dataCenter = $String(object.dataCenter);
                if (object.rack != null)
                    if (typeof object.rack !== "string" || object.rack.length)
                        message.rack = $String(object.rack);
                if (object.releaseVersion != null)
                    if (typeof object.releaseVersion !== "string" || object.releaseVersion.length)
                        message.releaseVersion = $String(object.releaseVersion);
                if (object.clusterName != null)
                    if (typeof object.clusterName !== "string" || object.clusterName.length)
                        message.clusterName = $String(object.clusterName);
                if (object.loadBytes != null)
                    if (typeof object.loadBytes === "object" ? object.loadBytes.low || object.loadBytes.high : $Number(object.loadBytes) !== 0)
                        if ($util.Long)
                            message.loadBytes = $util.Long.fromValue(object.loadBytes, true);
                        else if (typeof object.loadBytes === "string")
                            message.loadBytes = $parseInt(object.loadBytes, 10);
                        else if (typeof object.loadBytes === "number")
                            message.loadBytes = object.loadBytes;
                        else if (typeof object.loadBytes === "object")
                            message.loadBytes = new $util.LongBits(object.loadBytes.low >>> 0, object.loadBytes.high >>> 0).toNumber(true);
                if (object.liveNodes) {
                    if (!$Array.isArray(object.liveNodes))
                        throw $TypeError(".cassandra_mesos.v1.CassandraNodeInfo.liveNodes: array expected");
                    message.liveNodes = $Array(object.liveNodes.length);
                    for (var i = 0; i < object.liveNodes.length; ++i)
                        message.liveNodes[i] = $String(object.liveNodes[i]);
                }
                if (object.unreachableNodes) {
                    if (!$Array.isArray(object.unreachableNodes))
                        throw $TypeError(".cassandra_mesos.v1.CassandraNodeInfo.unreachableNodes: array expected");
                    message.unreachableNodes = $Array(object.unreachableNodes.length);
                    for (var i = 0; i < object.unreachableNodes.length; ++i)
                        message.unreachableNodes[i] = $String(object.unreachableNodes[i]);
                }
                if (object.uptimeMs != null)
                    if (typeof object.uptimeMs === "object" ? object.uptimeMs.low || object.uptimeMs.high : $Number(object.uptimeMs) !== 0)
                        if ($util.Long)
                            message.uptimeMs = $util.Long.fromValue(object.uptimeMs, true);
                        else if (typeof object.uptimeMs === "string")
                            message.uptimeMs = $parseInt(object.uptimeMs, 10);
                        else if (typeof object.uptimeMs === "number")
                            message.uptimeMs = object.uptimeMs;
                        else if (typeof object.uptimeMs === "object")
                            message.uptimeMs = new $util.LongBits(object.uptimeMs.low >>> 0, object.uptimeMs.high >>> 0).toNumber(true);
                if (object.endpoint != null)
                    if (typeof object.endpoint !== "string" || object.endpoint.length)
                        message.endpoint = $String(object.endpoint);
                return message;
            };

            CassandraNodeInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults) {
                    object.liveNodes = [];
                    object.unreachableNodes = [];
                }
                if (options.defaults) {
                    object.operationMode = "";
                    object.initialized = false;
                    object.joined = false;
                    object.gossipRunning = false;
                    object.nativeTransportRunning = false;
                    object.hostId = "";
                    object.tokenCount = 0;
                    object.dataCenter = "";
                    object.rack = "";
                    object.releaseVersion = "";
                    object.clusterName = "";
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.loadBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.loadBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.uptimeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.uptimeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.endpoint = "";
                }
                if (message.operationMode != null && $Object.hasOwnProperty.call(message, "operationMode"))
                    object.operationMode = message.operationMode;
                if (message.initialized != null && $Object.hasOwnProperty.call(message, "initialized"))
                    object.initialized = message.initialized;
                if (message.joined != null && $Object.hasOwnProperty.call(message, "joined"))
                    object.joined = message.joined;
                if (message.gossipRunning != null && $Object.hasOwnProperty.call(message, "gossipRunning"))
                    object.gossipRunning = message.gossipRunning;
                if (message.nativeTransportRunning != null && $Object.hasOwnProperty.call(message, "nativeTransportRunning"))
                    object.nativeTransportRunning = message.nativeTransportRunning;
                if (message.hostId != null && $Object.hasOwnProperty.call(message, "hostId"))
                    object.hostId = message.hostId;
                if (message.tokenCount != null && $Object.hasOwnProperty.call(message, "tokenCount"))
                    object.tokenCount = message.tokenCount;
                if (message.dataCenter != null && $Object.hasOwnProperty.call(message, "dataCenter"))
                    object.dataCenter = message.dataCenter;
                if (message.rack != null && $Object.hasOwnProperty.call(message, "rack"))
                    object.rack = message.rack;
                if (message.releaseVersion != null && $Object.hasOwnProperty.call(message, "releaseVersion"))
                    object.releaseVersion = message.releaseVersion;
                if (message.clusterName != null && $Object.hasOwnProperty.call(message, "clusterName"))
                    object.clusterName = message.clusterName;
                if (message.loadBytes != null && $Object.hasOwnProperty.call(message, "loadBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.loadBytes = typeof message.loadBytes === "number" ? $BigInt(message.loadBytes) : $util.Long.fromBits(message.loadBytes.low >>> 0, message.loadBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.loadBytes === "number")
                        object.loadBytes = options.longs === $String ? $String(message.loadBytes) : message.loadBytes;
                    else
                        object.loadBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.loadBytes) : options.longs === $Number ? new $util.LongBits(message.loadBytes.low >>> 0, message.loadBytes.high >>> 0).toNumber(true) : message.loadBytes;
                if (message.liveNodes && message.liveNodes.length) {
                    object.liveNodes = $Array(message.liveNodes.length);
                    for (var j = 0; j < message.liveNodes.length; ++j)
                        object.liveNodes[j] = message.liveNodes[j];
                }
                if (message.unreachableNodes && message.unreachableNodes.length) {
                    object.unreachableNodes = $Array(message.unreachableNodes.length);
                    for (var j = 0; j < message.unreachableNodes.length; ++j)
                        object.unreachableNodes[j] = message.unreachableNodes[j];
                }
                if (message.uptimeMs != null && $Object.hasOwnProperty.call(message, "uptimeMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.uptimeMs = typeof message.uptimeMs === "number" ? $BigInt(message.uptimeMs) : $util.Long.fromBits(message.uptimeMs.low >>> 0, message.uptimeMs.high >>> 0, true).toBigInt();
                    else if (typeof message.uptimeMs === "number")
                        object.uptimeMs = options.longs === $String ? $String(message.uptimeMs) : message.uptimeMs;
                    else
                        object.uptimeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.uptimeMs) : options.longs === $Number ? new $util.LongBits(message.uptimeMs.low >>> 0, message.uptimeMs.high >>> 0).toNumber(true) : message.uptimeMs;
                if (message.endpoint != null && $Object.hasOwnProperty.call(message, "endpoint"))
                    object.endpoint = message.endpoint;
                return object;
            };

            CassandraNodeInfo.prototype.toJSON = function() {
                return CassandraNodeInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            CassandraNodeInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cassandra_mesos.v1.CassandraNodeInfo";
            };

            return CassandraNodeInfo;
        })();

        v1.HealthCheckDetails = (function() {

            var HealthCheckDetails = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            HealthCheckDetails.prototype.healthy = false;
            HealthCheckDetails.prototype.message = "";
            HealthCheckDetails.prototype.info = null;
            HealthCheckDetails.prototype.checkedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            HealthCheckDetails.prototype.roundTripMs = 0;

            HealthCheckDetails.create = function(properties) {
                return new HealthCheckDetails(properties);
            };

            HealthCheckDetails.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.healthy != null && $Object.hasOwnProperty.call(message, "healthy") && message.healthy !== false)
                    writer.uint32(8).bool(message.healthy);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(18).string(message.message);
                if (message.info != null && $Object.hasOwnProperty.call(message, "info"))
                    $root.cassandra_mesos.v1.CassandraNodeInfo.encode(message.info, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.checkedAtMs != null && $Object.hasOwnProperty.call(message, "checkedAtMs") && (typeof message.checkedAtMs === "object" ? message.checkedAtMs.low || message.checkedAtMs.high : message.checkedAtMs !== 0))
                    writer.uint32(32).int64(message.checkedAtMs);
                if (message.roundTripMs != null && $Object.hasOwnProperty.call(message, "roundTripMs") && message.roundTripMs !== 0)
                    writer.uint32(40).uint32(message.roundTripMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            HealthCheckDetails.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            HealthCheckDetails.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassandra_mesos.v1.HealthCheckDetails();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.healthy = value;
                            else
                                delete message.healthy;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.info = $root.cassandra_mesos.v1.CassandraNodeInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.info);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.checkedAtMs = value;
                            else
                                delete message.checkedAtMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.roundTripMs = value;
                            else
                                delete message.roundTripMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            HealthCheckDetails.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            HealthCheckDetails.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.healthy != null && $Object.hasOwnProperty.call(message, "healthy"))
                    if (typeof message.healthy !== "boolean")
                        return "healthy: boolean expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                if (message.info != null && $Object.hasOwnProperty.call(message, "info")) {
                    var error = $root.cassandra_mesos.v1.CassandraNodeInfo.verify(message.info, _depth + 1);
                    if (error)
                        return "info." + error;
                }
                if (message.checkedAtMs != null && $Object.hasOwnProperty.call(message, "checkedAtMs"))
                    if (!$util.isInteger(message.checkedAtMs) && !(message.checkedAtMs && $util.isInteger(message.checkedAtMs.low) && $util.isInteger(message.checkedAtMs.high)))
                        return "checkedAtMs: integer|Long expected";
                if (message.roundTripMs != null && $Object.hasOwnProperty.call(message, "roundTripMs"))
                    if (!$util.isInteger(message.roundTripMs))
                        return "roundTripMs: integer expected";
                return null;
            };

            HealthCheckDetails.fromObject = function (object, _depth) {
                if (object instanceof $root.cassandra_mesos.v1.HealthCheckDetails)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cassandra_mesos.v1.HealthCheckDetails: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.cassandra_mesos.v1.HealthCheckDetails();
                if (object.healthy != null)
                    if (object.healthy)
                        message.healthy = $Boolean(object.healthy);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.info != null) {
                    if (!$util.isObject(object.info))
                        throw $TypeError(".cassandra_mesos.v1.HealthCheckDetails.info: object expected");
                    message.info = $root.cassandra_mesos.v1.CassandraNodeInfo.fromObject(object.info, _depth + 1);
                }
                if (object.checkedAtMs != null)
                    if (typeof object.checkedAtMs === "object" ? object.checkedAtMs.low || object.checkedAtMs.high : $Number(object.checkedAtMs) !== 0)
                        if ($util.Long)
                            message.checkedAtMs = $util.Long.fromValue(object.checkedAtMs, false);
                        else if (typeof object.checkedAtMs === "string")
                            message.checkedAtMs = $parseInt(object.checkedAtMs, 10);
                        else if (typeof object.checkedAtMs === "number")
                            message.checkedAtMs = object.checkedAtMs;
                        else if (typeof object.checkedAtMs === "object")
                            message.checkedAtMs = new $util.LongBits(object.checkedAtMs.low >>> 0, object.checkedAtMs.high >>> 0).toNumber();
                if (object.roundTripMs != null)
                    if ($Number(object.roundTripMs) !== 0)
                        message.roundTripMs = object.roundTripMs >>> 0;
                return message;
            };

            HealthCheckDetails.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.healthy = false;
                    object.message = "";
                    object.info = null;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.checkedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.checkedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.roundTripMs = 0;
                }
                if (message.healthy != null && $Object.hasOwnProperty.call(message, "healthy"))
                    object.healthy = message.healthy;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.info != null && $Object.hasOwnProperty.call(message, "info"))
                    object.info = $root.cassandra_mesos.v1.CassandraNodeInfo.toObject(message.info, options, _depth + 1);
                if (message.checkedAtMs != null && $Object.hasOwnProperty.call(message, "checkedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.checkedAtMs = typeof message.checkedAtMs === "number" ? $BigInt(message.checkedAtMs) : $util.Long.fromBits(message.checkedAtMs.low >>> 0, message.checkedAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.checkedAtMs === "number")
                        object.checkedAtMs = options.longs === $String ? $String(message.checkedAtMs) : message.checkedAtMs;
                    else
                        object.checkedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.checkedAtMs) : options.longs === $Number ? new $util.LongBits(message.checkedAtMs.low >>> 0, message.checkedAtMs.high >>> 0).toNumber() : message.checkedAtMs;
                if (message.roundTripMs != null && $Object.hasOwnProperty.call(message, "roundTripMs"))
                    object.roundTripMs = message.roundTripMs;
                return object;
            };

            HealthCheckDetails.prototype.toJSON = function() {
                return HealthCheckDetails.toObject(this, $protobuf.util.toJSONOptions);
            };

            HealthCheckDetails.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cassandra_mesos.v1.HealthCheckDetails";
            };

            return HealthCheckDetails;
        })();

        v1.NodeHealthSummary = (function() {

            var NodeHealthSummary = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            NodeHealthSummary.prototype.healthy = false;
            NodeHealthSummary.prototype.operationMode = "";
            NodeHealthSummary.prototype.nativeTransportRunning = false;
            NodeHealthSummary.prototype.checkedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            NodeHealthSummary.prototype.liveNodeCount = 0;
            NodeHealthSummary.prototype.unreachableNodeCount = 0;
            NodeHealthSummary.prototype.loadBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            NodeHealthSummary.prototype.releaseVersion = "";
            NodeHealthSummary.prototype.message = "";

            NodeHealthSummary.create = function(properties) {
                return new NodeHealthSummary(properties);
            };

            NodeHealthSummary.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.healthy != null && $Object.hasOwnProperty.call(message, "healthy") && message.healthy !== false)
                    writer.uint32(8).bool(message.healthy);
                if (message.operationMode != null && $Object.hasOwnProperty.call(message, "operationMode") && message.operationMode !== "")
                    writer.uint32(18).string(message.operationMode);
                if (message.nativeTransportRunning != null && $Object.hasOwnProperty.call(message, "nativeTransportRunning") && message.nativeTransportRunning !== false)
                    writer.uint32(24).bool(message.nativeTransportRunning);
                if (message.checkedAtMs != null && $Object.hasOwnProperty.call(message, "checkedAtMs") && (typeof message.checkedAtMs === "object" ? message.checkedAtMs.low || message.checkedAtMs.high : message.checkedAtMs !== 0))
                    writer.uint32(32).int64(message.checkedAtMs);
                if (message.liveNodeCount != null && $Object.hasOwnProperty.call(message, "liveNodeCount") && message.liveNodeCount !== 0)
                    writer.uint32(40).uint32(message.liveNodeCount);
                if (message.unreachableNodeCount != null && $Object.hasOwnProperty.call(message, "unreachableNodeCount") && message.unreachableNodeCount !== 0)
                    writer.uint32(48).uint32(message.unreachableNodeCount);
                if (message.loadBytes != null && $Object.hasOwnProperty.call(message, "loadBytes") && (typeof message.loadBytes === "object" ? message.loadBytes.low || message.loadBytes.high : message.loadBytes !== 0))
                    writer.uint32(56).uint64(message.loadBytes);
                if (message.releaseVersion != null && $Object.hasOwnProperty.call(message, "releaseVersion") && message.releaseVersion !== "")
                    writer.uint32(66).string(message.releaseVersion);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(74).string(message.message);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            NodeHealthSummary.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            NodeHealthSummary.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassandra_mesos.v1.NodeHealthSummary();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.healthy = value;
                            else
                                delete message.healthy;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.operationMode = value;
                            else
                                delete message.operationMode;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.nativeTransportRunning = value;
                            else
                                delete message.nativeTransportRunning;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.checkedAtMs = value;
                            else
                                delete message.checkedAtMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.liveNodeCount = value;
                            else
                                delete message.liveNodeCount;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.unreachableNodeCount = value;
                            else
                                delete message.unreachableNodeCount;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.loadBytes = value;
                            else
                                delete message.loadBytes;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.releaseVersion = value;
                            else
                                delete message.releaseVersion;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            NodeHealthSummary.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            NodeHealthSummary.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.healthy != null && $Object.hasOwnProperty.call(message, "healthy"))
                    if (typeof message.healthy !== "boolean")
                        return "healthy: boolean expected";
                if (message.operationMode != null && $Object.hasOwnProperty.call(message, "operationMode"))
                    if (!$util.isString(message.operationMode))
                        return "operationMode: string expected";
                if (message.nativeTransportRunning != null && $Object.hasOwnProperty.call(message, "nativeTransportRunning"))
                    if (typeof message.nativeTransportRunning !== "boolean")
                        return "nativeTransportRunning: boolean expected";
                if (message.checkedAtMs != null && $Object.hasOwnProperty.call(message, "checkedAtMs"))
                    if (!$util.isInteger(message.checkedAtMs) && !(message.checkedAtMs && $util.isInteger(message.checkedAtMs.low) && $util.isInteger(message.checkedAtMs.high)))
                        return "checkedAtMs: integer|Long expected";
                if (message.liveNodeCount != null && $Object.hasOwnProperty.call(message, "liveNodeCount"))
                    if (!$util.isInteger(message.liveNodeCount))
                        return "liveNodeCount: integer expected";
                if (message.unreachableNodeCount != null && $Object.hasOwnProperty.call(message, "unreachableNodeCount"))
                    if (!$util.isInteger(message.unreachableNodeCount))
                        return "unreachableNodeCount: integer expected";
                if (message.loadBytes != null && $Object.hasOwnProperty.call(message, "loadBytes"))
                    if (!$util.isInteger(message.loadBytes) && !(message.loadBytes && $util.isInteger(message.loadBytes.low) && $util.isInteger(message.loadBytes.high)))
                        return "loadBytes: integer|Long expected";
                if (message.releaseVersion != null && $Object.hasOwnProperty.call(message, "releaseVersion"))
                    if (!$util.isString(message.releaseVersion))
                        return "releaseVersion: string expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                return null;
            };

            NodeHealthSummary.fromObject = function (object, _depth) {
                if (object instanceof $root.cassandra_mesos.v1.NodeHealthSummary)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cassandra_mesos.v1.NodeHealthSummary: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.cassandra_mesos.v1.NodeHealthSummary();
                if (object.healthy != null)
                    if (object.healthy)
                        message.healthy = $Boolean(object.healthy);
                if (object.operationMode != null)
                    if (typeof object.operationMode !== "string" || object.operationMode.length)
                        message.operationMode = $String(object.operationMode);
                if (object.nativeTransportRunning != null)
                    if (object.nativeTransportRunning)
                        message.nativeTransportRunning = $Boolean(object.nativeTransportRunning);
                if (object.checkedAtMs != null)
                    if (typeof object.checkedAtMs === "object" ? object.checkedAtMs.low || object.checkedAtMs.high : $Number(object.checkedAtMs) !== 0)
                        if ($util.Long)
                            message.checkedAtMs = $util.Long.fromValue(object.checkedAtMs, false);
                        else if (typeof object.checkedAtMs === "string")
                            message.checkedAtMs = $parseInt(object.checkedAtMs, 10);
                        else if (typeof object.checkedAtMs === "number")
                            message.checkedAtMs = object.checkedAtMs;
                        else if (typeof object.checkedAtMs === "object")
                            message.checkedAtMs = new $util.LongBits(object.checkedAtMs.low >>> 0, object.checkedAtMs.high >>> 0).toNumber();
                if (object.liveNodeCount != null)
                    if ($Number(object.liveNodeCount) !== 0)
                        message.liveNodeCount = object.liveNodeCount >>> 0;
                if (object.unreachableNodeCount != null)
                    if ($Number(object.unreachableNodeCount) !== 0)
                        message.unreachableNodeCount = object.unreachableNodeCount >>> 0;
                if (object.loadBytes != null)
                    if (typeof object.loadBytes === "object" ? object.loadBytes.low || object.loadBytes.high : $Number(object.loadBytes) !== 0)
                        if ($util.Long)
                            message.loadBytes = $util.Long.fromValue(object.loadBytes, true);
                        else if (typeof object.loadBytes === "string")
                            message.loadBytes = $parseInt(object.loadBytes, 10);
                        else if (typeof object.loadBytes === "number")
                            message.loadBytes = object.loadBytes;
                        else if (typeof object.loadBytes === "object")
                            message.loadBytes = new $util.LongBits(object.loadBytes.low >>> 0, object.loadBytes.high >>> 0).toNumber(true);
                if (object.releaseVersion != null)
                    if (typeof object.releaseVersion !== "string" || object.releaseVersion.length)
                        message.releaseVersion = $String(object.releaseVersion);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                return message;
            };

            NodeHealthSummary.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.healthy = false;
                    object.operationMode = "";
                    object.nativeTransportRunning = false;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.checkedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.checkedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.liveNodeCount = 0;
                    object.unreachableNodeCount = 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.loadBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.loadBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.releaseVersion = "";
                    object.message = "";
                }
                if (message.healthy != null && $Object.hasOwnProperty.call(message, "healthy"))
                    object.healthy = message.healthy;
                if (message.operationMode != null && $Object.hasOwnProperty.call(message, "operationMode"))
                    object.operationMode = message.operationMode;
                if (message.nativeTransportRunning != null && $Object.hasOwnProperty.call(message, "nativeTransportRunning"))
                    object.nativeTransportRunning = message.nativeTransportRunning;
                if (message.checkedAtMs != null && $Object.hasOwnProperty.call(message, "checkedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.checkedAtMs = typeof message.checkedAtMs === "number" ? $BigInt(message.checkedAtMs) : $util.Long.fromBits(message.checkedAtMs.low >>> 0, message.checkedAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.checkedAtMs === "number")
                        object.checkedAtMs = options.longs === $String ? $String(message.checkedAtMs) : message.checkedAtMs;
                    else
                        object.checkedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.checkedAtMs) : options.longs === $Number ? new $util.LongBits(message.checkedAtMs.low >>> 0, message.checkedAtMs.high >>> 0).toNumber() : message.checkedAtMs;
                if (message.liveNodeCount != null && $Object.hasOwnProperty.call(message, "liveNodeCount"))
                    object.liveNodeCount = message.liveNodeCount;
                if (message.unreachableNodeCount != null && $Object.hasOwnProperty.call(message, "unreachableNodeCount"))
                    object.unreachableNodeCount = message.unreachableNodeCount;
                if (message.loadBytes != null && $Object.hasOwnProperty.call(message, "loadBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.loadBytes = typeof message.loadBytes === "number" ? $BigInt(message.loadBytes) : $util.Long.fromBits(message.loadBytes.low >>> 0, message.loadBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.loadBytes === "number")
                        object.loadBytes = options.longs === $String ? $String(message.loadBytes) : message.loadBytes;
                    else
                        object.loadBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.loadBytes) : options.longs === $Number ? new $util.LongBits(message.loadBytes.low >>> 0, message.loadBytes.high >>> 0).toNumber(true) : message.loadBytes;
                if (message.releaseVersion != null && $Object.hasOwnProperty.call(message, "releaseVersion"))
                    object.releaseVersion = message.releaseVersion;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                return object;
            };

            NodeHealthSummary.prototype.toJSON = function() {
                return NodeHealthSummary.toObject(this, $protobuf.util.toJSONOptions);
            };

            NodeHealthSummary.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cassandra_mesos.v1.NodeHealthSummary";
            };

            return NodeHealthSummary;
        })();

        v1.HealthHistoryEntry = (function() {

            var HealthHistoryEntry = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            HealthHistoryEntry.prototype.firstSeenMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            HealthHistoryEntry.prototype.lastSeenMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            HealthHistoryEntry.prototype.count = 0;
            HealthHistoryEntry.prototype.summary = null;

            HealthHistoryEntry.create = function(properties) {
                return new HealthHistoryEntry(properties);
            };

            HealthHistoryEntry.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.firstSeenMs != null && $Object.hasOwnProperty.call(message, "firstSeenMs") && (typeof message.firstSeenMs === "object" ? message.firstSeenMs.low || message.firstSeenMs.high : message.firstSeenMs !== 0))
                    writer.uint32(8).int64(message.firstSeenMs);
                if (message.lastSeenMs != null && $Object.hasOwnProperty.call(message, "lastSeenMs") && (typeof message.lastSeenMs === "object" ? message.lastSeenMs.low || message.lastSeenMs.high : message.lastSeenMs !== 0))
                    writer.uint32(16).int64(message.lastSeenMs);
                if (message.count != null && $Object.hasOwnProperty.call(message, "count") && message.count !== 0)
                    writer.uint32(24).uint32(message.count);
                if (message.summary != null && $Object.hasOwnProperty.call(message, "summary"))
                    $root.cassandra_mesos.v1.NodeHealthSummary.encode(message.summary, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            HealthHistoryEntry.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            HealthHistoryEntry.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassandra_mesos.v1.HealthHistoryEntry();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.firstSeenMs = value;
                            else
                                delete message.firstSeenMs;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastSeenMs = value;
                            else
                                delete message.lastSeenMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.count = value;
                            else
                                delete message.count;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.summary = $root.cassandra_mesos.v1.NodeHealthSummary.decode(reader, reader.size(), $undefined, _depth + 1, message.summary);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            HealthHistoryEntry.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            HealthHistoryEntry.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.firstSeenMs != null && $Object.hasOwnProperty.call(message, "firstSeenMs"))
                    if (!$util.isInteger(message.firstSeenMs) && !(message.firstSeenMs && $util.isInteger(message.firstSeenMs.low) && $util.isInteger(message.firstSeenMs.high)))
                        return "firstSeenMs: integer|Long expected";
                if (message.lastSeenMs != null && $Object.hasOwnProperty.call(message, "lastSeenMs"))
                    if (!$util.isInteger(message.lastSeenMs) && !(message.lastSeenMs && $util.isInteger(message.lastSeenMs.low) && $util.isInteger(message.lastSeenMs.high)))
                        return "lastSeenMs: integer|Long expected";
                if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                    if (!$util.isInteger(message.count))
                        return "count: integer expected";
                if (message.summary != null && $Object.hasOwnProperty.call(message, "summary")) {
                    var error = $root.cassandra_mesos.v1.NodeHealthSummary.verify(message.summary, _depth + 1);
                    if (error)
                        return "summary." + error;
                }
                return null;
            };

            HealthHistoryEntry.fromObject = function (object, _depth) {
                if (object instanceof $root.cassandra_mesos.v1.HealthHistoryEntry)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cassandra_mesos.v1.HealthHistoryEntry: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.cassandra_mesos.v1.HealthHistoryEntry();
                if (object.firstSeenMs != null)
                    if (typeof object.firstSeenMs === "object" ? object.firstSeenMs.low || object.firstSeenMs.high : $Number(object.firstSeenMs) !== 0)
                        if ($util.Long)
                            message.firstSeenMs = $util.Long.fromValue(object.firstSeenMs, false);
                        else if (typeof object.firstSeenMs === "string")
                            message.firstSeenMs = $parseInt(object.firstSeenMs, 10);
                        else if (typeof object.firstSeenMs === "number")
                            message.firstSeenMs = object.firstSeenMs;
                        else if (typeof object.firstSeenMs === "object")
                            message.firstSeenMs = new $util.LongBits(object.firstSeenMs.low >>> 0, object.firstSeenMs.high >>> 0).toNumber();
                if (object.lastSeenMs != null)
                    if (typeof object.lastSeenMs === "object" ? object.lastSeenMs.low || object.lastSeenMs.high : $Number(object.lastSeenMs) !== 0)
                        if ($util.Long)
                            message.lastSeenMs = $util.Long.fromValue(object.lastSeenMs, false);
                        else if (typeof object.lastSeenMs === "string")
                            message.lastSeenMs = $parseInt(object.lastSeenMs, 10);
                        else if (typeof object.lastSeenMs === "number")
                            message.lastSeenMs = object.lastSeenMs;
                        else if (typeof object.lastSeenMs === "object")
                            message.lastSeenMs = new $util.LongBits(object.lastSeenMs.low >>> 0, object.lastSeenMs.high >>> 0).toNumber();
                if (object.count != null)
                    if ($Number(object.count) !== 0)
                        message.count = object.count >>> 0;
                if (object.summary != null) {
                    if (!$util.isObject(object.summary))
                        throw $TypeError(".cassandra_mesos.v1.HealthHistoryEntry.summary: object expected");
                    message.summary = $root.cassandra_mesos.v1.NodeHealthSummary.fromObject(object.summary, _depth + 1);
                }
                return message;
            };

            HealthHistoryEntry.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.firstSeenMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.firstSeenMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.lastSeenMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.lastSeenMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.count = 0;
                    object.summary = null;
                }
                if (message.firstSeenMs != null && $Object.hasOwnProperty.call(message, "firstSeenMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.firstSeenMs = typeof message.firstSeenMs === "number" ? $BigInt(message.firstSeenMs) : $util.Long.fromBits(message.firstSeenMs.low >>> 0, message.firstSeenMs.high >>> 0, false).toBigInt();
                    else if (typeof message.firstSeenMs === "number")
                        object.firstSeenMs = options.longs === $String ? $String(message.firstSeenMs) : message.firstSeenMs;
                    else
                        object.firstSeenMs = options.longs === $String ? $util.Long.prototype.toString.call(message.firstSeenMs) : options.longs === $Number ? new $util.LongBits(message.firstSeenMs.low >>> 0, message.firstSeenMs.high >>> 0).toNumber() : message.firstSeenMs;
                if (message.lastSeenMs != null && $Object.hasOwnProperty.call(message, "lastSeenMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.lastSeenMs = typeof message.lastSeenMs === "number" ? $BigInt(message.lastSeenMs) : $util.Long.fromBits(message.lastSeenMs.low >>> 0, message.lastSeenMs.high >>> 0, false).toBigInt();
                    else if (typeof message.lastSeenMs === "number")
                        object.lastSeenMs = options.longs === $String ? $String(message.lastSeenMs) : message.lastSeenMs;
                    else
                        object.lastSeenMs = options.longs === $String ? $util.Long.prototype.toString.call(message.lastSeenMs) : options.longs === $Number ? new $util.LongBits(message.lastSeenMs.low >>> 0, message.lastSeenMs.high >>> 0).toNumber() : message.lastSeenMs;
                if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                    object.count = message.count;
                if (message.summary != null && $Object.hasOwnProperty.call(message, "summary"))
                    object.summary = $root.cassandra_mesos.v1.NodeHealthSummary.toObject(message.summary, options, _depth + 1);
                return object;
            };

            HealthHistoryEntry.prototype.toJSON = function() {
                return HealthHistoryEntry.toObject(this, $protobuf.util.toJSONOptions);
            };

            HealthHistoryEntry.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cassandra_mesos.v1.HealthHistoryEntry";
            };

            return HealthHistoryEntry;
        })();

        v1.NodeHealthHistory = (function() {

            var NodeHealthHistory = function (properties) {
                this.entries = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            NodeHealthHistory.prototype.nodeId = "";
            NodeHealthHistory.prototype.maxEntries = 0;
            NodeHealthHistory.prototype.entries = $util.emptyArray;

            NodeHealthHistory.create = function(properties) {
                return new NodeHealthHistory(properties);
            };

            NodeHealthHistory.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && message.nodeId !== "")
                    writer.uint32(10).string(message.nodeId);
                if (message.maxEntries != null && $Object.hasOwnProperty.call(message, "maxEntries") && message.maxEntries !== 0)
                    writer.uint32(16).uint32(message.maxEntries);
                if (message.entries != null && message.entries.length)
                    for (var i = 0; i < message.entries.length; ++i)
                        $root.cassandra_mesos.v1.HealthHistoryEntry.encode(message.entries[i], writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            NodeHealthHistory.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            NodeHealthHistory.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassandra_mesos.v1.NodeHealthHistory();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.nodeId = value;
                            else
                                delete message.nodeId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxEntries = value;
                            else
                                delete message.maxEntries;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.entries && message.entries.length))
                                message.entries = [];
                            message.entries.push($root.cassandra_mesos.v1.HealthHistoryEntry.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            NodeHealthHistory.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            NodeHealthHistory.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                    if (!$util.isString(message.nodeId))
                        return "nodeId: string expected";
                if (message.maxEntries != null && $Object.hasOwnProperty.call(message, "maxEntries"))
                    if (!$util.isInteger(message.maxEntries))
                        return "maxEntries: integer expected";
                if (message.entries != null && $Object.hasOwnProperty.call(message, "entries")) {
                    if (!$Array.isArray(message.entries))
                        return "entries: array expected";
                    for (var i = 0; i < message.entries.length; ++i) {
                        var error = $root.cassandra_mesos.v1.HealthHistoryEntry.verify(message.entries[i], _depth + 1);
                        if (error)
                            return "entries." + error;
                    }
                }
                return null;
            };

            NodeHealthHistory.fromObject = function (object, _depth) {
                if (object instanceof $root.cassandra_mesos.v1.NodeHealthHistory)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cassandra_mesos.v1.NodeHealthHistory: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.cassandra_mesos.v1.NodeHealthHistory();
                if (object.nodeId != null)
                    if (typeof object.nodeId !== "string" || object.nodeId.length)
                        message.nodeId = $String(object.nodeId);
                if (object.maxEntries != null)
                    if ($Number(object.maxEntries) !== 0)
                        message.maxEntries = object.maxEntries >>> 0;
                if (object.entries) {
                    if (!$Array.isArray(object.entries))
                        throw $TypeError(".cassandra_mesos.v1.NodeHealthHistory.entries: array expected");
                    message.entries = $Array(object.entries.length);
                    for (var i = 0; i < object.entries.length; ++i) {
                        if (!$util.isObject(object.entries[i]))
                            throw $TypeError(".cassandra_mesos.v1.NodeHealthHistory.entries: object expected");
                        message.entries[i] = $root.cassandra_mesos.v1.HealthHistoryEntry.fromObject(object.entries[i], _depth + 1);
                    }
                }
                return message;
            };

            NodeHealthHistory.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults)
                    object.entries = [];
                if (options.defaults) {
                    object.nodeId = "";
                    object.maxEntries = 0;
                }
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                    object.nodeId = message.nodeId;
                if (message.maxEntries != null && $Object.hasOwnProperty.call(message, "maxEntries"))
                    object.maxEntries = message.maxEntries;
                if (message.entries && message.entries.length) {
                    object.entries = $Array(message.entries.length);
                    for (var j = 0; j < message.entries.length; ++j)
                        object.entries[j] = $root.cassandra_mesos.v1.HealthHistoryEntry.toObject(message.entries[j], options, _depth + 1);
                }
                return object;
            };

            NodeHealthHistory.prototype.toJSON = function() {
                return NodeHealthHistory.toObject(this, $protobuf.util.toJSONOptions);
            };

            NodeHealthHistory.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cassandra_mesos.v1.NodeHealthHistory";
            };

            return NodeHealthHistory;
        })();

        v1.ClusterJobType = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "CLUSTER_JOB_TYPE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "CLEANUP"] = 1;
            values[valuesById[2] = "REPAIR"] = 2;
            values[valuesById[3] = "ROLLING_RESTART"] = 3;
            values[valuesById[4] = "BACKUP"] = 4;
            values[valuesById[5] = "RESTORE"] = 5;
            values[valuesById[6] = "UPGRADE"] = 6;
            values[valuesById[7] = "CONFIG_ROLLOUT"] = 7;
            values[valuesById[8] = "FLUSH"] = 8;
            return values;
        })();

        v1.JobStatus = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "JOB_STATUS_UNSPECIFIED"] = 0;
            values[valuesById[1] = "JOB_PENDING"] = 1;
            values[valuesById[2] = "JOB_RUNNING"] = 2;
            values[valuesById[3] = "JOB_SUCCEEDED"] = 3;
            values[valuesById[4] = "JOB_FAILED"] = 4;
            values[valuesById[5] = "JOB_ABORTED"] = 5;
            return values;
        })();

        v1.RepairParallelism = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "REPAIR_PARALLELISM_UNSPECIFIED"] = 0;
            values[valuesById[1] = "SEQUENTIAL"] = 1;
            values[valuesById[2] = "PARALLEL"] = 2;
            values[valuesById[3] = "DC_PARALLEL"] = 3;
            return values;
        })();

        v1.RepairOptions = (function() {

            var RepairOptions = function (properties) {
                this.dataCenters = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RepairOptions.prototype.primaryRange = false;
            RepairOptions.prototype.incremental = false;
            RepairOptions.prototype.parallelism = 0;
            RepairOptions.prototype.dataCenters = $util.emptyArray;
            RepairOptions.prototype.timeoutSeconds = 0;

            RepairOptions.create = function(properties) {
                return new RepairOptions(properties);
            };

            RepairOptions.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.primaryRange != null && $Object.hasOwnProperty.call(message, "primaryRange") && message.primaryRange !== false)
                    writer.uint32(8).bool(message.primaryRange);
                if (message.incremental != null && $Object.hasOwnProperty.call(message, "incremental") && message.incremental !== false)
                    writer.uint32(16).bool(message.incremental);
                if (message.parallelism != null && $Object.hasOwnProperty.call(message, "parallelism") && message.parallelism !== 0)
                    writer.uint32(24).int32(message.parallelism);
                if (message.dataCenters != null && message.dataCenters.length)
                    for (var i = 0; i < message.dataCenters.length; ++i)
                        writer.uint32(34).string(message.dataCenters[i]);
                if (message.timeoutSeconds != null && $Object.hasOwnProperty.call(message, "timeoutSeconds") && message.timeoutSeconds !== 0)
                    writer.uint32(40).uint32(message.timeoutSeconds);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RepairOptions.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            RepairOptions.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassandra_mesos.v1.RepairOptions();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.primaryRange = value;
                            else
                                delete message.primaryRange;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.incremental = value;
                            else
                                delete message.incremental;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.parallelism = value;
                            else
                                delete message.parallelism;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.dataCenters && message.dataCenters.length))
                                message.dataCenters = [];
                            message.dataCenters.push(reader.stringVerify());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.timeoutSeconds = value;
                            else
                                delete message.timeoutSeconds;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            RepairOptions.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            RepairOptions.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.primaryRange != null && $Object.hasOwnProperty.call(message, "primaryRange"))
                    if (typeof message.primaryRange !== "boolean")
                        return "primaryRange: boolean expected";
                if (message.incremental != null && $Object.hasOwnProperty.call(message, "incremental"))
                    if (typeof message.incremental !== "boolean")
                        return "incremental: boolean expected";
                if (message.parallelism != null && $Object.hasOwnProperty.call(message, "parallelism"))
                    if (typeof message.parallelism !== "number" || (message.parallelism | 0) !== message.parallelism)
                        return "parallelism: enum value expected";
                if (message.dataCenters != null && $Object.hasOwnProperty.call(message, "dataCenters")) {
                    if (!$Array.isArray(message.dataCenters))
                        return "dataCenters: array expected";
                    for (var i = 0; i < message.dataCenters.length; ++i)
                        if (!$util.isString(message.dataCenters[i]))
                            return "dataCenters: string[] expected";
                }
                if (message.timeoutSeconds != null && $Object.hasOwnProperty.call(message, "timeoutSeconds"))
                    if (!$util.isInteger(message.timeoutSeconds))
                        return "timeoutSeconds: integer expected";
                return null;
            };

            RepairOptions.fromObject = function (object, _depth) {
                if (object instanceof $root.cassandra_mesos.v1.RepairOptions)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cassandra_mesos.v1.RepairOptions: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.cassandra_mesos.v1.RepairOptions();
                if (object.primaryRange != null)
                    if (object.primaryRange)
                        message.primaryRange = $Boolean(object.primaryRange);
                if (object.incremental != null)
                    if (object.incremental)
                        message.incremental = $Boolean(object.incremental);
                if (object.parallelism !== 0 && (typeof object.parallelism !== "string" || $root.cassandra_mesos.v1.RepairParallelism[object.parallelism] !== 0))
                    switch (object.parallelism) {
                    case "REPAIR_PARALLELISM_UNSPECIFIED":
                    case 0:
                        message.parallelism = 0;
                        break;
                    case "SEQUENTIAL":
                    case 1:
                        message.parallelism = 1;
                        break;
                    case "PARALLEL":
                    case 2:
                        message.parallelism = 2;
                        break;
                    case "DC_PARALLEL":
                    case 3:
                        message.parallelism = 3;
                        break;
                    default:
                        if (typeof object.parallelism === "number" && (object.parallelism | 0) === object.parallelism)
                            message.parallelism = object.parallelism;
                    }
                if (object.dataCenters) {
                    if (!$Array.isArray(object.dataCenters))
                        throw $TypeError(".cassandra_mesos.v1.RepairOptions.dataCenters: array expected");
                    message.dataCenters = $Array(object.dataCenters.length);
                    for (var i = 0; i < object.dataCenters.length; ++i)
                        message.dataCenters[i] = $String(object.dataCenters[i]);
                }
                if (object.timeoutSeconds != null)
                    if ($Number(object.timeoutSeconds) !== 0)
                        message.timeoutSeconds = object.timeoutSeconds >>> 0;
                return message;
            };

            RepairOptions.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults)
                    object.dataCenters = [];
                if (options.defaults) {
                    object.primaryRange = false;
                    object.incremental = false;
                    object.parallelism = options.enums === $String ? "REPAIR_PARALLELISM_UNSPECIFIED" : 0;
                    object.timeoutSeconds = 0;
                }
                if (message.primaryRange != null && $Object.hasOwnProperty.call(message, "primaryRange"))
                    object.primaryRange = message.primaryRange;
                if (message.incremental != null && $Object.hasOwnProperty.call(message, "incremental"))
                    object.incremental = message.incremental;
                if (message.parallelism != null && $Object.hasOwnProperty.call(message, "parallelism"))
                    object.parallelism = options.enums === $String ? $root.cassandra_mesos.v1.RepairParallelism[message.parallelism] === $undefined ? message.parallelism : $root.cassandra_mesos.v1.RepairParallelism[message.parallelism] : message.parallelism;
                if (message.dataCenters && message.dataCenters.length) {
                    object.dataCenters = $Array(message.dataCenters.length);
                    for (var j = 0; j < message.dataCenters.length; ++j)
                        object.dataCenters[j] = message.dataCenters[j];
                }
                if (message.timeoutSeconds != null && $Object.hasOwnProperty.call(message, "timeoutSeconds"))
                    object.timeoutSeconds = message.timeoutSeconds;
                return object;
            };

            RepairOptions.prototype.toJSON = function() {
                return RepairOptions.toObject(this, $protobuf.util.toJSONOptions);
            };

            RepairOptions.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cassandra_mesos.v1.RepairOptions";
            };

            return RepairOptions;
        })();

        v1.BackupType = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "BACKUP_TYPE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "CLUSTER_CONSISTENT"] = 1;
            values[valuesById[2] = "NODE_SNAPSHOT"] = 2;
            values[valuesById[3] = "INCREMENTAL"] = 3;
            return values;
        })();

        v1.RestoreType = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "RESTORE_TYPE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "CLUSTER_RESTORE"] = 1;
            values[valuesById[2] = "NODE_RESTORE"] = 2;
            return values;
        })();

        v1.JobStage = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "JOB_STAGE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "BACKUP_PAUSE"] = 1;
            values[valuesById[2] = "BACKUP_SNAPSHOT"] = 2;
            values[valuesById[3] = "BACKUP_UPLOAD"] = 3;
            values[valuesById[4] = "BACKUP_COMMIT"] = 4;
            values[valuesById[5] = "RESTORE_DOWNLOAD"] = 5;
            values[valuesById[6] = "RESTORE_IMPORT"] = 6;
            return values;
        })();

        v1.BackupOptions = (function() {

            var BackupOptions = function (properties) {
                this.nodeMapping = {};
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            BackupOptions.prototype.backupName = "";
            BackupOptions.prototype.storage = "";
            BackupOptions.prototype.bucket = "";
            BackupOptions.prototype.prefix = "";
            BackupOptions.prototype.endpoint = "";
            BackupOptions.prototype.region = "";
            BackupOptions.prototype.concurrency = 0;
            BackupOptions.prototype.partSizeBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            BackupOptions.prototype.rateLimitBytesPerSecond = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            BackupOptions.prototype.backupType = 0;
            BackupOptions.prototype.baseBackup = "";
            BackupOptions.prototype.forcePathStyle = false;
            BackupOptions.prototype.sourceCluster = "";
            BackupOptions.prototype.restoreType = 0;
            BackupOptions.prototype.snapshotOnly = false;
            BackupOptions.prototype.nodeMapping = $util.emptyObject;
            BackupOptions.prototype.restoreSchema = false;
            BackupOptions.prototype.snapshotTag = "";
            BackupOptions.prototype.pauseSrv = "";
            BackupOptions.prototype.requestCredentials = false;
            BackupOptions.prototype.pauseTimeoutSeconds = 0;

            BackupOptions.create = function(properties) {
                return new BackupOptions(properties);
            };

            BackupOptions.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.backupName != null && $Object.hasOwnProperty.call(message, "backupName") && message.backupName !== "")
                    writer.uint32(10).string(message.backupName);
                if (message.storage != null && $Object.hasOwnProperty.call(message, "storage") && message.storage !== "")
                    writer.uint32(18).string(message.storage);
                if (message.bucket != null && $Object.hasOwnProperty.call(message, "bucket") && message.bucket !== "")
                    writer.uint32(26).string(message.bucket);
                if (message.prefix != null && $Object.hasOwnProperty.call(message, "prefix") && message.prefix !== "")
                    writer.uint32(34).string(message.prefix);
                if (message.endpoint != null && $Object.hasOwnProperty.call(message, "endpoint") && message.endpoint !== "")
                    writer.uint32(42).string(message.endpoint);
                if (message.region != null && $Object.hasOwnProperty.call(message, "region") && message.region !== "")
                    writer.uint32(50).string(message.region);
                if (message.concurrency != null && $Object.hasOwnProperty.call(message, "concurrency") && message.concurrency !== 0)
                    writer.uint32(56).uint32(message.concurrency);
                if (message.partSizeBytes != null && $Object.hasOwnProperty.call(message, "partSizeBytes") && (typeof message.partSizeBytes === "object" ? message.partSizeBytes.low || message.partSizeBytes.high : message.partSizeBytes !== 0))
                    writer.uint32(64).uint64(message.partSizeBytes);
                if (message.rateLimitBytesPerSecond != null && $Object.hasOwnProperty.call(message, "rateLimitBytesPerSecond") && (typeof message.rateLimitBytesPerSecond === "object" ? message.rateLimitBytesPerSecond.low || message.rateLimitBytesPerSecond.high : message.rateLimitBytesPerSecond !== 0))
                    writer.uint32(72).uint64(message.rateLimitBytesPerSecond);
                if (message.backupType != null && $Object.hasOwnProperty.call(message, "backupType") && message.backupType !== 0)
                    writer.uint32(80).int32(message.backupType);
                if (message.baseBackup != null && $Object.hasOwnProperty.call(message, "baseBackup") && message.baseBackup !== "")
                    writer.uint32(90).string(message.baseBackup);
                if (message.forcePathStyle != null && $Object.hasOwnProperty.call(message, "forcePathStyle") && message.forcePathStyle !== false)
                    writer.uint32(96).bool(message.forcePathStyle);
                if (message.sourceCluster != null && $Object.hasOwnProperty.call(message, "sourceCluster") && message.sourceCluster !== "")
                    writer.uint32(106).string(message.sourceCluster);
                if (message.restoreType != null && $Object.hasOwnProperty.call(message, "restoreType") && message.restoreType !== 0)
                    writer.uint32(112).int32(message.restoreType);
                if (message.snapshotOnly != null && $Object.hasOwnProperty.call(message, "snapshotOnly") && message.snapshotOnly !== false)
                    writer.uint32(120).bool(message.snapshotOnly);
                if (message.nodeMapping != null && $Object.hasOwnProperty.call(message, "nodeMapping"))
                    for (var keys = $Object.keys(message.nodeMapping), i = 0; i < keys.length; ++i)
                        writer.uint32(130).fork().uint32(10).string(keys[i]).uint32(18).string(message.nodeMapping[keys[i]]).ldelim();
                if (message.restoreSchema != null && $Object.hasOwnProperty.call(message, "restoreSchema") && message.restoreSchema !== false)
                    writer.uint32(136).bool(message.restoreSchema);
                if (message.snapshotTag != null && $Object.hasOwnProperty.call(message, "snapshotTag") && message.snapshotTag !== "")
                    writer.uint32(146).string(message.snapshotTag);
                if (message.pauseSrv != null && $Object.hasOwnProperty.call(message, "pauseSrv") && message.pauseSrv !== "")
                    writer.uint32(154).string(message.pauseSrv);
                if (message.requestCredentials != null && $Object.hasOwnProperty.call(message, "requestCredentials") && message.requestCredentials !== false)
                    writer.uint32(160).bool(message.requestCredentials);
                if (message.pauseTimeoutSeconds != null && $Object.hasOwnProperty.call(message, "pauseTimeoutSeconds") && message.pauseTimeoutSeconds !== 0)
                    writer.uint32(168).uint32(message.pauseTimeoutSeconds);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            BackupOptions.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            BackupOptions.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassandra_mesos.v1.BackupOptions();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.backupName = value;
                            else
                                delete message.backupName;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.storage = value;
                            else
                                delete message.storage;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.bucket = value;
                            else
                                delete message.bucket;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.prefix = value;
                            else
                                delete message.prefix;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.endpoint = value;
                            else
                                delete message.endpoint;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.region = value;
                            else
                                delete message.region;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.concurrency = value;
                            else
                                delete message.concurrency;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.partSizeBytes = value;
                            else
                                delete message.partSizeBytes;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.rateLimitBytesPerSecond = value;
                            else
                                delete message.rateLimitBytesPerSecond;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.backupType = value;
                            else
                                delete message.backupType;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.baseBackup = value;
                            else
                                delete message.baseBackup;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.forcePathStyle = value;
                            else
                                delete message.forcePathStyle;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sourceCluster = value;
                            else
                                delete message.sourceCluster;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.restoreType = value;
                            else
                                delete message.restoreType;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.snapshotOnly = value;
                            else
                                delete message.snapshotOnly;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            if (message.nodeMapping === $util.emptyObject)
                                message.nodeMapping = {};
                            var end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                var tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.nodeMapping, key);
                            message.nodeMapping[key] = value;
                            continue;
                        }
                    case 17: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.restoreSchema = value;
                            else
                                delete message.restoreSchema;
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.snapshotTag = value;
                            else
                                delete message.snapshotTag;
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.pauseSrv = value;
                            else
                                delete message.pauseSrv;
                            continue;
                        }
                    case 20: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.requestCredentials = value;
                            else
                                delete message.requestCredentials;
                            continue;
                        }
                    case 21: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.pauseTimeoutSeconds = value;
                            else
                                delete message.pauseTimeoutSeconds;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            BackupOptions.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            BackupOptions.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.backupName != null && $Object.hasOwnProperty.call(message, "backupName"))
                    if (!$util.isString(message.backupName))
                        return "backupName: string expected";
                if (message.storage != null && $Object.hasOwnProperty.call(message, "storage"))
                    if (!$util.isString(message.storage))
                        return "storage: string expected";
                if (message.bucket != null && $Object.hasOwnProperty.call(message, "bucket"))
                    if (!$util.isString(message.bucket))
                        return "bucket: string expected";
                if (message.prefix != null && $Object.hasOwnProperty.call(message, "prefix"))
                    if (!$util.isString(message.prefix))
                        return "prefix: string expected";
                if (message.endpoint != null && $Object.hasOwnProperty.call(message, "endpoint"))
                    if (!$util.isString(message.endpoint))
                        return "endpoint: string expected";
                if (message.region != null && $Object.hasOwnProperty.call(message, "region"))
                    if (!$util.isString(message.region))
                        return "region: string expected";
                if (message.concurrency != null && $Object.hasOwnProperty.call(message, "concurrency"))
                    if (!$util.isInteger(message.concurrency))
                        return "concurrency: integer expected";
                if (message.partSizeBytes != null && $Object.hasOwnProperty.call(message, "partSizeBytes"))
                    if (!$util.isInteger(message.partSizeBytes) && !(message.partSizeBytes && $util.isInteger(message.partSizeBytes.low) && $util.isInteger(message.partSizeBytes.high)))
                        return "partSizeBytes: integer|Long expected";
                if (message.rateLimitBytesPerSecond != null && $Object.hasOwnProperty.call(message, "rateLimitBytesPerSecond"))
                    if (!$util.isInteger(message.rateLimitBytesPerSecond) && !(message.rateLimitBytesPerSecond && $util.isInteger(message.rateLimitBytesPerSecond.low) && $util.isInteger(message.rateLimitBytesPerSecond.high)))
                        return "rateLimitBytesPerSecond: integer|Long expected";
                if (message.backupType != null && $Object.hasOwnProperty.call(message, "backupType"))
                    if (typeof message.backupType !== "number" || (message.backupType | 0) !== message.backupType)
                        return "backupType: enum value expected";
                if (message.baseBackup != null && $Object.hasOwnProperty.call(message, "baseBackup"))
                    if (!$util.isString(message.baseBackup))
                        return "baseBackup: string expected";
                if (message.forcePathStyle != null && $Object.hasOwnProperty.call(message, "forcePathStyle"))
                    if (typeof message.forcePathStyle !== "boolean")
                        return "forcePathStyle: boolean expected";
                if (message.sourceCluster != null && $Object.hasOwnProperty.call(message, "sourceCluster"))
                    if (!$util.isString(message.sourceCluster))
                        return "sourceCluster: string expected";
                if (message.restoreType != null && $Object.hasOwnProperty.call(message, "restoreType"))
                    if (typeof message.restoreType !== "number" || (message.restoreType | 0) !== message.restoreType)
                        return "restoreType: enum value expected";
                if (message.snapshotOnly != null && $Object.hasOwnProperty.call(message, "snapshotOnly"))
                    if (typeof message.snapshotOnly !== "boolean")
                        return "snapshotOnly: boolean expected";
                if (message.nodeMapping != null && $Object.hasOwnProperty.call(message, "nodeMapping")) {
                    if (!$util.isObject(message.nodeMapping))
                        return "nodeMapping: object expected";
                    var key = $Object.keys(message.nodeMapping);
                    for (var i = 0; i < key.length; ++i)
                        if (!$util.isString(message.nodeMapping[key[i]]))
                            return "nodeMapping: string{k:string} expected";
                }
                if (message.restoreSchema != null && $Object.hasOwnProperty.call(message, "restoreSchema"))
                    if (typeof message.restoreSchema !== "boolean")
                        return "restoreSchema: boolean expected";
                if (message.snapshotTag != null && $Object.hasOwnProperty.call(message, "snapshotTag"))
                    if (!$util.isString(message.snapshotTag))
                        return "snapshotTag: string expected";
                if (message.pauseSrv != null && $Object.hasOwnProperty.call(message, "pauseSrv"))
                    if (!$util.isString(message.pauseSrv))
                        return "pauseSrv: string expected";
                if (message.requestCredentials != null && $Object.hasOwnProperty.call(message, "requestCredentials"))
                    if (typeof message.requestCredentials !== "boolean")
                        return "requestCredentials: boolean expected";
                if (message.pauseTimeoutSeconds != null && $Object.hasOwnProperty.call(message, "pauseTimeoutSeconds"))
                    if (!$util.isInteger(message.pauseTimeoutSeconds))
                        return "pauseTimeoutSeconds: integer expected";
                return null;
            };

            BackupOptions.fromObject = function (object, _depth) {
                if (object instanceof $root.cassandra_mesos.v1.BackupOptions)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cassandra_mesos.v1.BackupOptions: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.cassandra_mesos.v1.BackupOptions();
                if (object.backupName != null)
                    if (typeof object.backupName !== "string" || object.backupName.length)
                        message.backupName = $String(object.backupName);
                if (object.storage != null)
                    if (typeof object.storage !== "string" || object.storage.length)
                        message.storage = $String(object.storage);
                if (object.bucket != null)
                    if (typeof object.bucket !== "string" || object.bucket.length)
                        message.bucket = $String(object.bucket);
                if (object.prefix != null)
                    if (typeof object.prefix !== "string" || object.prefix.length)
                        message.prefix = $String(object.prefix);
                if (object.endpoint != null)
                    if (typeof object.endpoint !== "string" || object.endpoint.length)
                        message.endpoint = $String(object.endpoint);
                if (object.region != null)
                    if (typeof object.region !== "string" || object.region.length)
                        message.region = $String(object.region);
                if (object.concurrency != null)
                    if ($Number(object.concurrency) !== 0)
                        message.concurrency = object.concurrency >>> 0;
                if (object.partSizeBytes != null)
                    if (typeof object.partSizeBytes === "object" ? object.partSizeBytes.low || object.partSizeBytes.high : $Number(object.partSizeBytes) !== 0)
                        if ($util.Long)
                            message.partSizeBytes = $util.Long.fromValue(object.partSizeBytes, true);
                        else if (typeof object.partSizeBytes === "string")
                            message.partSizeBytes = $parseInt(object.partSizeBytes, 10);
                        else if (typeof object.partSizeBytes === "number")
                            message.partSizeBytes = object.partSizeBytes;
                        else if (typeof object.partSizeBytes === "object")
                            message.partSizeBytes = new $util.LongBits(object.partSizeBytes.low >>> 0, object.partSizeBytes.high >>> 0).toNumber(true);
                if (object.rateLimitBytesPerSecond != null)
                    if (typeof object.rateLimitBytesPerSecond === "object" ? object.rateLimitBytesPerSecond.low || object.rateLimitBytesPerSecond.high : $Number(object.rateLimitBytesPerSecond) !== 0)
                        if ($util.Long)
                            message.rateLimitBytesPerSecond = $util.Long.fromValue(object.rateLimitBytesPerSecond, true);
                        else if (typeof object.rateLimitBytesPerSecond === "string")
                            message.rateLimitBytesPerSecond = $parseInt(object.rateLimitBytesPerSecond, 10);
                        else if (typeof object.rateLimitBytesPerSecond === "number")
                            message.rateLimitBytesPerSecond = object.rateLimitBytesPerSecond;
                        else if (typeof object.rateLimitBytesPerSecond === "object")
                            message.rateLimitBytesPerSecond = new $util.LongBits(object.rateLimitBytesPerSecond.low >>> 0, object.rateLimitBytesPerSecond.high >>> 0).toNumber(true);
                if (object.backupType !== 0 && (typeof object.backupType !== "string" || $root.cassandra_mesos.v1.BackupType[object.backupType] !== 0))
                    switch (object.backupType) {
                    case "BACKUP_TYPE_UNSPECIFIED":
                    case 0:
                        message.backupType = 0;
                        break;
                    case "CLUSTER_CONSISTENT":
                    case 1:
                        message.backupType = 1;
                        break;
                    case "NODE_SNAPSHOT":
                    case 2:
                        message.backupType = 2;
                        break;
                    case "INCREMENTAL":
                    case 3:
                        message.backupType = 3;
                        break;
                    default:
                        if (typeof object.backupType === "number" && (object.backupType | 0) === object.backupType)
                            message.backupType = object.backupType;
                    }
                if (object.baseBackup != null)
                    if (typeof object.baseBackup !== "string" || object.baseBackup.length)
                        message.baseBackup = $String(object.baseBackup);
                if (object.forcePathStyle != null)
                    if (object.forcePathStyle)
                        message.forcePathStyle = $Boolean(object.forcePathStyle);
                if (object.sourceCluster != null)
                    if (typeof object.sourceCluster !== "string" || object.sourceCluster.length)
                        message.sourceCluster = $String(object.sourceCluster);
                if (object.restoreType !== 0 && (typeof object.restoreType !== "string" || $root.cassandra_mesos.v1.RestoreType[object.restoreType] !== 0))
                    switch (object.restoreType) {
                    case "RESTORE_TYPE_UNSPECIFIED":
                    case 0:
                        message.restoreType = 0;
                        break;
                    case "CLUSTER_RESTORE":
                    case 1:
                        message.restoreType = 1;
                        break;
                    case "NODE_RESTORE":
                    case 2:
                        message.restoreType = 2;
                        break;
                    default:
                        if (typeof object.restoreType === "number" && (object.restoreType | 0) === object.restoreType)
                            message.restoreType = object.restoreType;
                    }
                if (object.snapshotOnly != null)
                    if (object.snapshotOnly)
                        message.snapshotOnly = $Boolean(object.snapshotOnly);
                if (object.nodeMapping) {
                    if (!$util.isObject(object.nodeMapping))
                        throw $TypeError(".cassandra_mesos.v1.BackupOptions.nodeMapping: object expected");
                    message.nodeMapping = {};
                    for (var keys = $Object.keys(object.nodeMapping), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.nodeMapping, keys[i]);
                        message.nodeMapping[keys[i]] = $String(object.nodeMapping[keys[i]]);
                    }
                }
                if (object.restoreSchema != null)
                    if (object.restoreSchema)
                        message.restoreSchema = $Boolean(object.restoreSchema);
                if (object.snapshotTag != null)
                    if (typeof object.snapshotTag !== "string" || object.snapshotTag.length)
                        message.snapshotTag = $String(object.snapshotTag);
                if (object.pauseSrv != null)
                    if (typeof object.pauseSrv !== "string" || object.pauseSrv.length)
                        message.pauseSrv = $String(object.pauseSrv);
                if (object.requestCredentials != null)
                    if (object.requestCredentials)
                        message.requestCredentials = $Boolean(object.requestCredentials);
                if (object.pauseTimeoutSeconds != null)
                    if ($Number(object.pauseTimeoutSeconds) !== 0)
                        message.pauseTimeoutSeconds = object.pauseTimeoutSeconds >>> 0;
                return message;
            };

            BackupOptions.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.objects || options.defaults)
                    object.nodeMapping = {};
                if (options.defaults) {
                    object.backupName = "";
                    object.storage = "";
                    object.bucket = "";
                    object.prefix = "";
                    object.endpoint = "";
                    object.region = "";
                    object.concurrency = 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.partSizeBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.partSizeBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.rateLimitBytesPerSecond = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.rateLimitBytesPerSecond = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.backupType = options.enums === $String ? "BACKUP_TYPE_UNSPECIFIED" : 0;
                    object.baseBackup = "";
                    object.forcePathStyle = false;
                    object.sourceCluster = "";
                    object.restoreType = options.enums === $String ? "RESTORE_TYPE_UNSPECIFIED" : 0;
                    object.snapshotOnly = false;
                    object.restoreSchema = false;
                    object.snapshotTag = "";
                    object.pauseSrv = "";
                    object.requestCredentials = false;
                    object.pauseTimeoutSeconds = 0;
                }
                if (message.backupName != null && $Object.hasOwnProperty.call(message, "backupName"))
                    object.backupName = message.backupName;
                if (message.storage != null && $Object.hasOwnProperty.call(message, "storage"))
                    object.storage = message.storage;
                if (message.bucket != null && $Object.hasOwnProperty.call(message, "bucket"))
                    object.bucket = message.bucket;
                if (message.prefix != null && $Object.hasOwnProperty.call(message, "prefix"))
                    object.prefix = message.prefix;
                if (message.endpoint != null && $Object.hasOwnProperty.call(message, "endpoint"))
                    object.endpoint = message.endpoint;
                if (message.region != null && $Object.hasOwnProperty.call(message, "region"))
                    object.region = message.region;
                if (message.concurrency != null && $Object.hasOwnProperty.call(message, "concurrency"))
                    object.concurrency = message.concurrency;
                if (message.partSizeBytes != null && $Object.hasOwnProperty.call(message, "partSizeBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.partSizeBytes = typeof message.partSizeBytes === "number" ? $BigInt(message.partSizeBytes) : $util.Long.fromBits(message.partSizeBytes.low >>> 0, message.partSizeBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.partSizeBytes === "number")
                        object.partSizeBytes = options.longs === $String ? $String(message.partSizeBytes) : message.partSizeBytes;
                    else
                        object.partSizeBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.partSizeBytes) : options.longs === $Number ? new $util.LongBits(message.partSizeBytes.low >>> 0, message.partSizeBytes.high >>> 0).toNumber(true) : message.partSizeBytes;
                if (message.rateLimitBytesPerSecond != null && $Object.hasOwnProperty.call(message, "rateLimitBytesPerSecond"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.rateLimitBytesPerSecond = typeof message.rateLimitBytesPerSecond === "number" ? $BigInt(message.rateLimitBytesPerSecond) : $util.Long.fromBits(message.rateLimitBytesPerSecond.low >>> 0, message.rateLimitBytesPerSecond.high >>> 0, true).toBigInt();
                    else if (typeof message.rateLimitBytesPerSecond === "number")
                        object.rateLimitBytesPerSecond = options.longs === $String ? $String(message.rateLimitBytesPerSecond) : message.rateLimitBytesPerSecond;
                    else
                        object.rateLimitBytesPerSecond = options.longs === $String ? $util.Long.prototype.toString.call(message.rateLimitBytesPerSecond) : options.longs === $Number ? new $util.LongBits(message.rateLimitBytesPerSecond.low >>> 0, message.rateLimitBytesPerSecond.high >>> 0).toNumber(true) : message.rateLimitBytesPerSecond;
                if (message.backupType != null && $Object.hasOwnProperty.call(message, "backupType"))
                    object.backupType = options.enums === $String ? $root.cassandra_mesos.v1.BackupType[message.backupType] === $undefined ? message.backupType : $root.cassandra_mesos.v1.BackupType[message.backupType] : message.backupType;
                if (message.baseBackup != null && $Object.hasOwnProperty.call(message, "baseBackup"))
                    object.baseBackup = message.baseBackup;
                if (message.forcePathStyle != null && $Object.hasOwnProperty.call(message, "forcePathStyle"))
                    object.forcePathStyle = message.forcePathStyle;
                if (message.sourceCluster != null && $Object.hasOwnProperty.call(message, "sourceCluster"))
                    object.sourceCluster = message.sourceCluster;
                if (message.restoreType != null && $Object.hasOwnProperty.call(message, "restoreType"))
                    object.restoreType = options.enums === $String ? $root.cassandra_mesos.v1.RestoreType[message.restoreType] === $undefined ? message.restoreType : $root.cassandra_mesos.v1.RestoreType[message.restoreType] : message.restoreType;
                if (message.snapshotOnly != null && $Object.hasOwnProperty.call(message, "snapshotOnly"))
                    object.snapshotOnly = message.snapshotOnly;
                var keys2;
                if (message.nodeMapping && (keys2 = $Object.keys(message.nodeMapping)).length) {
                    object.nodeMapping = {};
                    for (var j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.nodeMapping, keys2[j]);
                        object.nodeMapping[keys2[j]] = message.nodeMapping[keys2[j]];
                    }
                }
                if (message.restoreSchema != null && $Object.hasOwnProperty.call(message, "restoreSchema"))
                    object.restoreSchema = message.restoreSchema;
                if (message.snapshotTag != null && $Object.hasOwnProperty.call(message, "snapshotTag"))
                    object.snapshotTag = message.snapshotTag;
                if (message.pauseSrv != null && $Object.hasOwnProperty.call(message, "pauseSrv"))
                    object.pauseSrv = message.pauseSrv;
                if (message.requestCredentials != null && $Object.hasOwnProperty.call(message, "requestCredentials"))
                    object.requestCredentials = message.requestCredentials;
                if (message.pauseTimeoutSeconds != null && $Object.hasOwnProperty.call(message, "pauseTimeoutSeconds"))
                    object.pauseTimeoutSeconds = message.pauseTimeoutSeconds;
                return object;
            };

            BackupOptions.prototype.toJSON = function() {
                return BackupOptions.toObject(this, $protobuf.util.toJSONOptions);
            };

            BackupOptions.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cassandra_mesos.v1.BackupOptions";
            };

            return BackupOptions;
        })();

        v1.JobParams = (function() {

            var JobParams = function (properties) {
                this.nodeIds = [];
                this.keyspaces = [];
                this.tables = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            JobParams.prototype.nodeIds = $util.emptyArray;
            JobParams.prototype.keyspaces = $util.emptyArray;
            JobParams.prototype.tables = $util.emptyArray;
            JobParams.prototype.parallelism = 0;
            JobParams.prototype.continueOnFailure = false;
            JobParams.prototype.nodeTimeoutSeconds = 0;
            JobParams.prototype.repair = null;
            JobParams.prototype.backup = null;
            JobParams.prototype.canary = false;

            JobParams.create = function(properties) {
                return new JobParams(properties);
            };

            JobParams.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nodeIds != null && message.nodeIds.length)
                    for (var i = 0; i < message.nodeIds.length; ++i)
                        writer.uint32(10).string(message.nodeIds[i]);
                if (message.keyspaces != null && message.keyspaces.length)
                    for (var i = 0; i < message.keyspaces.length; ++i)
                        writer.uint32(18).string(message.keyspaces[i]);
                if (message.tables != null && message.tables.length)
                    for (var i = 0; i < message.tables.length; ++i)
                        writer.uint32(26).string(message.tables[i]);
                if (message.parallelism != null && $Object.hasOwnProperty.call(message, "parallelism") && message.parallelism !== 0)
                    writer.uint32(32).uint32(message.parallelism);
                if (message.continueOnFailure != null && $Object.hasOwnProperty.call(message, "continueOnFailure") && message.continueOnFailure !== false)
                    writer.uint32(40).bool(message.continueOnFailure);
                if (message.nodeTimeoutSeconds != null && $Object.hasOwnProperty.call(message, "nodeTimeoutSeconds") && message.nodeTimeoutSeconds !== 0)
                    writer.uint32(48).uint32(message.nodeTimeoutSeconds);
                if (message.repair != null && $Object.hasOwnProperty.call(message, "repair"))
                    $root.cassandra_mesos.v1.RepairOptions.encode(message.repair, writer.uint32(58).fork(), _depth + 1).ldelim();
                if (message.backup != null && $Object.hasOwnProperty.call(message, "backup"))
                    $root.cassandra_mesos.v1.BackupOptions.encode(message.backup, writer.uint32(66).fork(), _depth + 1).ldelim();
                if (message.canary != null && $Object.hasOwnProperty.call(message, "canary") && message.canary !== false)
                    writer.uint32(72).bool(message.canary);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            JobParams.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            JobParams.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassandra_mesos.v1.JobParams();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.nodeIds && message.nodeIds.length))
                                message.nodeIds = [];
                            message.nodeIds.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.keyspaces && message.keyspaces.length))
                                message.keyspaces = [];
                            message.keyspaces.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.tables && message.tables.length))
                                message.tables = [];
                            message.tables.push(reader.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.parallelism = value;
                            else
                                delete message.parallelism;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.continueOnFailure = value;
                            else
                                delete message.continueOnFailure;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.nodeTimeoutSeconds = value;
                            else
                                delete message.nodeTimeoutSeconds;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.repair = $root.cassandra_mesos.v1.RepairOptions.decode(reader, reader.size(), $undefined, _depth + 1, message.repair);
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.backup = $root.cassandra_mesos.v1.BackupOptions.decode(reader, reader.size(), $undefined, _depth + 1, message.backup);
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.canary = value;
                            else
                                delete message.canary;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            JobParams.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            JobParams.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.nodeIds != null && $Object.hasOwnProperty.call(message, "nodeIds")) {
                    if (!$Array.isArray(message.nodeIds))
                        return "nodeIds: array expected";
                    for (var i = 0; i < message.nodeIds.length; ++i)
                        if (!$util.isString(message.nodeIds[i]))
                            return "nodeIds: string[] expected";
                }
                if (message.keyspaces != null && $Object.hasOwnProperty.call(message, "keyspaces")) {
                    if (!$Array.isArray(message.keyspaces))
                        return "keyspaces: array expected";
                    for (var i = 0; i < message.keyspaces.length; ++i)
                        if (!$util.isString(message.keyspaces[i]))
                            return "keyspaces: string[] expected";
                }
                if (message.tables != null && $Object.hasOwnProperty.call(message, "tables")) {
                    if (!$Array.isArray(message.tables))
                        return "tables: array expected";
                    for (var i = 0; i < message.tables.length; ++i)
                        if (!$util.isString(message.tables[i]))
                            return "tables: string[] expected";
                }
                if (message.parallelism != null && $Object.hasOwnProperty.call(message, "parallelism"))
                    if (!$util.isInteger(message.parallelism))
                        return "parallelism: integer expected";
                if (message.continueOnFailure != null && $Object.hasOwnProperty.call(message, "continueOnFailure"))
                    if (typeof message.continueOnFailure !== "boolean")
                        return "continueOnFailure: boolean expected";
                if (message.nodeTimeoutSeconds != null && $Object.hasOwnProperty.call(message, "nodeTimeoutSeconds"))
                    if (!$util.isInteger(message.nodeTimeoutSeconds))
                        return "nodeTimeoutSeconds: integer expected";
                if (message.repair != null && $Object.hasOwnProperty.call(message, "repair")) {
                    var error = $root.cassandra_mesos.v1.RepairOptions.verify(message.repair, _depth + 1);
                    if (error)
                        return "repair." + error;
                }
                if (message.backup != null && $Object.hasOwnProperty.call(message, "backup")) {
                    var error = $root.cassandra_mesos.v1.BackupOptions.verify(message.backup, _depth + 1);
                    if (error)
                        return "backup." + error;
                }
                if (message.canary != null && $Object.hasOwnProperty.call(message, "canary"))
                    if (typeof message.canary !== "boolean")
                        return "canary: boolean expected";
                return null;
            };

            JobParams.fromObject = function (object, _depth) {
                if (object instanceof $root.cassandra_mesos.v1.JobParams)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cassandra_mesos.v1.JobParams: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.cassandra_mesos.v1.JobParams();
                if (object.nodeIds) {
                    if (!$Array.isArray(object.nodeIds))
                        throw $TypeError(".cassandra_mesos.v1.JobParams.nodeIds: array expected");
                    message.nodeIds = $Array(object.nodeIds.length);
                    for (var i = 0; i < object.nodeIds.length; ++i)
                        message.nodeIds[i] = $String(object.nodeIds[i]);
                }
                if (object.keyspaces) {
                    if (!$Array.isArray(object.keyspaces))
                        throw $TypeError(".cassandra_mesos.v1.JobParams.keyspaces: array expected");
                    message.keyspaces = $Array(object.keyspaces.length);
                    for (var i = 0; i < object.keyspaces.length; ++i)
                        message.keyspaces[i] = $String(object.keyspaces[i]);
                }
                if (object.tables) {
                    if (!$Array.isArray(object.tables))
                        throw $TypeError(".cassandra_mesos.v1.JobParams.tables: array expected");
                    message.tables = $Array(object.tables.length);
                    for (var i = 0; i < object.tables.length; ++i)
                        message.tables[i] = $String(object.tables[i]);
                }
                if (object.parallelism != null)
                    if ($Number(object.parallelism) !== 0)
                        message.parallelism = object.parallelism >>> 0;
                if (object.continueOnFailure != null)
                    if (object.continueOnFailure)
                        message.continueOnFailure = $Boolean(object.continueOnFailure);
                if (object.nodeTimeoutSeconds != null)
                    if ($Number(object.nodeTimeoutSeconds) !== 0)
                        message.nodeTimeoutSeconds = object.nodeTimeoutSeconds >>> 0;
                if (object.repair != null) {
                    if (!$util.isObject(object.repair))
                        throw $TypeError(".cassandra_mesos.v1.JobParams.repair: object expected");
                    message.repair = $root.cassandra_mesos.v1.RepairOptions.fromObject(object.repair, _depth + 1);
                }
                if (object.backup != null) {
                    if (!$util.isObject(object.backup))
                        throw $TypeError(".cassandra_mesos.v1.JobParams.backup: object expected");
                    message.backup = $root.cassandra_mesos.v1.BackupOptions.fromObject(object.backup, _depth + 1);
                }
                if (object.canary != null)
                    if (object.canary)
                        message.canary = $Boolean(object.canary);
                return message;
            };

            JobParams.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults) {
                    object.nodeIds = [];
                    object.keyspaces = [];
                    object.tables = [];
                }
                if (options.defaults) {
                    object.parallelism = 0;
                    object.continueOnFailure = false;
                    object.nodeTimeoutSeconds = 0;
                    object.repair = null;
                    object.backup = null;
                    object.canary = false;
                }
                if (message.nodeIds && message.nodeIds.length) {
                    object.nodeIds = $Array(message.nodeIds.length);
                    for (var j = 0; j < message.nodeIds.length; ++j)
                        object.nodeIds[j] = message.nodeIds[j];
                }
                if (message.keyspaces && message.keyspaces.length) {
                    object.keyspaces = $Array(message.keyspaces.length);
                    for (var j = 0; j < message.keyspaces.length; ++j)
                        object.keyspaces[j] = message.keyspaces[j];
                }
                if (message.tables && message.tables.length) {
                    object.tables = $Array(message.tables.length);
                    for (var j = 0; j < message.tables.length; ++j)
                        object.tables[j] = message.tables[j];
                }
                if (message.parallelism != null && $Object.hasOwnProperty.call(message, "parallelism"))
                    object.parallelism = message.parallelism;
                if (message.continueOnFailure != null && $Object.hasOwnProperty.call(message, "continueOnFailure"))
                    object.continueOnFailure = message.continueOnFailure;
                if (message.nodeTimeoutSeconds != null && $Object.hasOwnProperty.call(message, "nodeTimeoutSeconds"))
                    object.nodeTimeoutSeconds = message.nodeTimeoutSeconds;
                if (message.repair != null && $Object.hasOwnProperty.call(message, "repair"))
                    object.repair = $root.cassandra_mesos.v1.RepairOptions.toObject(message.repair, options, _depth + 1);
                if (message.backup != null && $Object.hasOwnProperty.call(message, "backup"))
                    object.backup = $root.cassandra_mesos.v1.BackupOptions.toObject(message.backup, options, _depth + 1);
                if (message.canary != null && $Object.hasOwnProperty.call(message, "canary"))
                    object.canary = message.canary;
                return object;
            };

            JobParams.prototype.toJSON = function() {
                return JobParams.toObject(this, $protobuf.util.toJSONOptions);
            };

            JobParams.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cassandra_mesos.v1.JobParams";
            };

            return JobParams;
        })();

        v1.ClusterJob = (function() {

            var ClusterJob = function (properties) {
                this.currentNodeIds = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ClusterJob.prototype.jobId = "";
            ClusterJob.prototype.type = 0;
            ClusterJob.prototype.status = 0;
            ClusterJob.prototype.params = null;
            ClusterJob.prototype.createdAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            ClusterJob.prototype.startedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            ClusterJob.prototype.finishedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            ClusterJob.prototype.abortRequested = false;
            ClusterJob.prototype.totalNodes = 0;
            ClusterJob.prototype.completedNodes = 0;
            ClusterJob.prototype.failedNodes = 0;
            ClusterJob.prototype.currentNodeIds = $util.emptyArray;
            ClusterJob.prototype.failureMessage = "";
            ClusterJob.prototype.requestedBy = "";
            ClusterJob.prototype.stage = 0;
            ClusterJob.prototype.stageStartedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            ClusterJob.prototype.bytesDone = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            ClusterJob.prototype.bytesTotal = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            ClusterJob.prototype.bytesSkipped = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            ClusterJob.create = function(properties) {
                return new ClusterJob(properties);
            };

            ClusterJob.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && message.jobId !== "")
                    writer.uint32(10).string(message.jobId);
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                    writer.uint32(16).int32(message.type);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(24).int32(message.status);
                if (message.params != null && $Object.hasOwnProperty.call(message, "params"))
                    $root.cassandra_mesos.v1.JobParams.encode(message.params, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.createdAtMs != null && $Object.hasOwnProperty.call(message, "createdAtMs") && (typeof message.createdAtMs === "object" ? message.createdAtMs.low || message.createdAtMs.high : message.createdAtMs !== 0))
                    writer.uint32(40).int64(message.createdAtMs);
                if (message.startedAtMs != null && $Object.hasOwnProperty.call(message, "startedAtMs") && (typeof message.startedAtMs === "object" ? message.startedAtMs.low || message.startedAtMs.high : message.startedAtMs !== 0))
                    writer.uint32(48).int64(message.startedAtMs);
                if (message.finishedAtMs != null && $Object.hasOwnProperty.call(message, "finishedAtMs") && (typeof message.finishedAtMs === "object" ? message.finishedAtMs.low || message.finishedAtMs.high : message.finishedAtMs !== 0))
                    writer.uint32(56).int64(message.finishedAtMs);
                if (message.abortRequested != null && $Object.hasOwnProperty.call(message, "abortRequested") && message.abortRequested !== false)
                    writer.uint32(64).bool(message.abortRequested);
                if (message.totalNodes != null && $Object.hasOwnProperty.call(message, "totalNodes") && message.totalNodes !== 0)
                    writer.uint32(72).uint32(message.totalNodes);
                if (message.completedNodes != null && $Object.hasOwnProperty.call(message, "completedNodes") && message.completedNodes !== 0)
                    writer.uint32(80).uint32(message.completedNodes);
                if (message.failedNodes != null && $Object.hasOwnProperty.call(message, "failedNodes") && message.failedNodes !== 0)
                    writer.uint32(88).uint32(message.failedNodes);
                if (message.currentNodeIds != null && message.currentNodeIds.length)
                    for (var i = 0; i < message.currentNodeIds.length; ++i)
                        writer.uint32(98).string(message.currentNodeIds[i]);
                if (message.failureMessage != null && $Object.hasOwnProperty.call(message, "failureMessage") && message.failureMessage !== "")
                    writer.uint32(106).string(message.failureMessage);
                if (message.requestedBy != null && $Object.hasOwnProperty.call(message, "requestedBy") && message.requestedBy !== "")
                    writer.uint32(114).string(message.requestedBy);
                if (message.stage != null && $Object.hasOwnProperty.call(message, "stage") && message.stage !== 0)
                    writer.uint32(120).int32(message.stage);
                if (message.stageStartedAtMs != null && $Object.hasOwnProperty.call(message, "stageStartedAtMs") && (typeof message.stageStartedAtMs === "object" ? message.stageStartedAtMs.low || message.stageStartedAtMs.high : message.stageStartedAtMs !== 0))
                    writer.uint32(128).int64(message.stageStartedAtMs);
                if (message.bytesDone != null && $Object.hasOwnProperty.call(message, "bytesDone") && (typeof message.bytesDone === "object" ? message.bytesDone.low || message.bytesDone.high : message.bytesDone !== 0))
                    writer.uint32(136).uint64(message.bytesDone);
                if (message.bytesTotal != null && $Object.hasOwnProperty.call(message, "bytesTotal") && (typeof message.bytesTotal === "object" ? message.bytesTotal.low || message.bytesTotal.high : message.bytesTotal !== 0))
                    writer.uint32(144).uint64(message.bytesTotal);
                if (message.bytesSkipped != null && $Object.hasOwnProperty.call(message, "bytesSkipped") && (typeof message.bytesSkipped === "object" ? message.bytesSkipped.low || message.bytesSkipped.high : message.bytesSkipped !== 0))
                    writer.uint32(152).uint64(message.bytesSkipped);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ClusterJob.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            ClusterJob.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassandra_mesos.v1.ClusterJob();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.jobId = value;
                            else
                                delete message.jobId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.params = $root.cassandra_mesos.v1.JobParams.decode(reader, reader.size(), $undefined, _depth + 1, message.params);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.createdAtMs = value;
                            else
                                delete message.createdAtMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.startedAtMs = value;
                            else
                                delete message.startedAtMs;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.finishedAtMs = value;
                            else
                                delete message.finishedAtMs;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.abortRequested = value;
                            else
                                delete message.abortRequested;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.totalNodes = value;
                            else
                                delete message.totalNodes;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.completedNodes = value;
                            else
                                delete message.completedNodes;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.failedNodes = value;
                            else
                                delete message.failedNodes;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if (!(message.currentNodeIds && message.currentNodeIds.length))
                                message.currentNodeIds = [];
                            message.currentNodeIds.push(reader.stringVerify());
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.failureMessage = value;
                            else
                                delete message.failureMessage;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.requestedBy = value;
                            else
                                delete message.requestedBy;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.stage = value;
                            else
                                delete message.stage;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.stageStartedAtMs = value;
                            else
                                delete message.stageStartedAtMs;
                            continue;
                        }
                    case 17: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bytesDone = value;
                            else
                                delete message.bytesDone;
                            continue;
                        }
                    case 18: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bytesTotal = value;
                            else
                                delete message.bytesTotal;
                            continue;
                        }
                    case 19: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bytesSkipped = value;
                            else
                                delete message.bytesSkipped;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ClusterJob.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            ClusterJob.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                    if (!$util.isString(message.jobId))
                        return "jobId: string expected";
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    if (typeof message.type !== "number" || (message.type | 0) !== message.type)
                        return "type: enum value expected";
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    if (typeof message.status !== "number" || (message.status | 0) !== message.status)
                        return "status: enum value expected";
                if (message.params != null && $Object.hasOwnProperty.call(message, "params")) {
                    var error = $root.cassandra_mesos.v1.JobParams.verify(message.params, _depth + 1);
                    if (error)
                        return "params." + error;
                }
                if (message.createdAtMs != null && $Object.hasOwnProperty.call(message, "createdAtMs"))
                    if (!$util.isInteger(message.createdAtMs) && !(message.createdAtMs && $util.isInteger(message.createdAtMs.low) && $util.isInteger(message.createdAtMs.high)))
                        return "createdAtMs: integer|Long expected";
                if (message.startedAtMs != null && $Object.hasOwnProperty.call(message, "startedAtMs"))
                    if (!$util.isInteger(message.startedAtMs) && !(message.startedAtMs && $util.isInteger(message.startedAtMs.low) && $util.isInteger(message.startedAtMs.high)))
                        return "startedAtMs: integer|Long expected";
                if (message.finishedAtMs != null && $Object.hasOwnProperty.call(message, "finishedAtMs"))
                    if (!$util.isInteger(message.finishedAtMs) && !(message.finishedAtMs && $util.isInteger(message.finishedAtMs.low) && $util.isInteger(message.finishedAtMs.high)))
                        return "finishedAtMs: integer|Long expected";
                if (message.abortRequested != null && $Object.hasOwnProperty.call(message, "abortRequested"))
                    if (typeof message.abortRequested !== "boolean")
                        return "abortRequested: boolean expected";
                if (message.totalNodes != null && $Object.hasOwnProperty.call(message, "totalNodes"))
                    if (!$util.isInteger(message.totalNodes))
                        return "totalNodes: integer expected";
                if (message.completedNodes != null && $Object.hasOwnProperty.call(message, "completedNodes"))
                    if (!$util.isInteger(message.completedNodes))
                        return "completedNodes: integer expected";
                if (message.failedNodes != null && $Object.hasOwnProperty.call(message, "failedNodes"))
                    if (!$util.isInteger(message.failedNodes))
                        return "failedNodes: integer expected";
                if (message.currentNodeIds != null && $Object.hasOwnProperty.call(message, "currentNodeIds")) {
                    if (!$Array.isArray(message.currentNodeIds))
                        return "currentNodeIds: array expected";
                    for (var i = 0; i < message.currentNodeIds.length; ++i)
                        if (!$util.isString(message.currentNodeIds[i]))
                            return "currentNodeIds: string[] expected";
                }
                if (message.failureMessage != null && $Object.hasOwnProperty.call(message, "failureMessage"))
                    if (!$util.isString(message.failureMessage))
                        return "failureMessage: string expected";
                if (message.requestedBy != null && $Object.hasOwnProperty.call(message, "requestedBy"))
                    if (!$util.isString(message.requestedBy))
                        return "requestedBy: string expected";
                if (message.stage != null && $Object.hasOwnProperty.call(message, "stage"))
                    if (typeof message.stage !== "number" || (message.stage | 0) !== message.stage)
                        return "stage: enum value expected";
                if (message.stageStartedAtMs != null && $Object.hasOwnProperty.call(message, "stageStartedAtMs"))
                    if (!$util.isInteger(message.stageStartedAtMs) && !(message.stageStartedAtMs && $util.isInteger(message.stageStartedAtMs.low) && $util.isInteger(message.stageStartedAtMs.high)))
                        return "stageStartedAtMs: integer|Long expected";
                if (message.bytesDone != null && $Object.hasOwnProperty.call(message, "bytesDone"))
                    if (!$util.isInteger(message.bytesDone) && !(message.bytesDone && $util.isInteger(message.bytesDone.low) && $util.isInteger(message.bytesDone.high)))
                        return "bytesDone: integer|Long expected";
                if (message.bytesTotal != null && $Object.hasOwnProperty.call(message, "bytesTotal"))
                    if (!$util.isInteger(message.bytesTotal) && !(message.bytesTotal && $util.isInteger(message.bytesTotal.low) && $util.isInteger(message.bytesTotal.high)))
                        return "bytesTotal: integer|Long expected";
                if (message.bytesSkipped != null && $Object.hasOwnProperty.call(message, "bytesSkipped"))
                    if (!$util.isInteger(message.bytesSkipped) && !(message.bytesSkipped && $util.isInteger(message.bytesSkipped.low) && $util.isInteger(message.bytesSkipped.high)))
                        return "bytesSkipped: integer|Long expected";
                return null;
            };

            ClusterJob.fromObject = function (object, _depth) {
                if (object instanceof $root.cassandra_mesos.v1.ClusterJob)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cassandra_mesos.v1.ClusterJob: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.cassandra_mesos.v1.ClusterJob();
                if (object.jobId != null)
                    if (typeof object.jobId !== "string" || object.jobId.length)
                        message.jobId = $String(object.jobId);
                if (object.type !== 0 && (typeof object.type !== "string" || $root.cassandra_mesos.v1.ClusterJobType[object.type] !== 0))
                    switch (object.type) {
                    case "CLUSTER_JOB_TYPE_UNSPECIFIED":
                    case 0:
                        message.type = 0;
                        break;
                    case "CLEANUP":
                    case 1:
                        message.type = 1;
                        break;
                    case "REPAIR":
                    case 2:
                        message.type = 2;
                        break;
                    case "ROLLING_RESTART":
                    case 3:
                        message.type = 3;
                        break;
                    case "BACKUP":
                    case 4:
                        message.type = 4;
                        break;
                    case "RESTORE":
                    case 5:
                        message.type = 5;
                        break;
                    case "UPGRADE":
                    case 6:
                        message.type = 6;
                        break;
                    case "CONFIG_ROLLOUT":
                    case 7:
                        message.type = 7;
                        break;
                    case "FLUSH":
                    case 8:
                        message.type = 8;
                        break;
                    default:
                        if (typeof object.type === "number" && (object.type | 0) === object.type)
                            message.type = object.type;
                    }
                if (object.status !== 0 && (typeof object.status !== "string" || $root.cassandra_mesos.v1.JobStatus[object.status] !== 0))
                    switch (object.status) {
                    case "JOB_STATUS_UNSPECIFIED":
                    case 0:
                        message.status = 0;
                        break;
                    case "JOB_PENDING":
                    case 1:
                        message.status = 1;
                        break;
                    case "JOB_RUNNING":
                    case 2:
                        message.status = 2;
                        break;
                    case "JOB_SUCCEEDED":
                    case 3:
                        message.status = 3;
                        break;
                    case "JOB_FAILED":
                    case 4:
                        message.status = 4;
                        break;
                    case "JOB_ABORTED":
                    case 5:
                        message.status = 5;
                        break;
                    default:
                        if (typeof object.status === "number" && (object.status | 0) === object.status)
                            message.status = object.status;
                    }
                if (object.params != null) {
                    if (!$util.isObject(object.params))
                        throw $TypeError(".cassandra_mesos.v1.ClusterJob.params: object expected");
                    message.params = $root.cassandra_mesos.v1.JobParams.fromObject(object.params, _depth + 1);
                }
                if (object.createdAtMs != null)
                    if (typeof object.createdAtMs === "object" ? object.createdAtMs.low || object.createdAtMs.high : $Number(object.createdAtMs) !== 0)
                        if ($util.Long)
                            message.createdAtMs = $util.Long.fromValue(object.createdAtMs, false);
                        else if (typeof object.createdAtMs === "string")
                            message.createdAtMs = $parseInt(object.createdAtMs, 10);
                        else if (typeof object.createdAtMs === "number")
                            message.createdAtMs = object.createdAtMs;
                        else if (typeof object.createdAtMs === "object")
                            message.createdAtMs = new $util.LongBits(object.createdAtMs.low >>> 0, object.createdAtMs.high >>> 0).toNumber();
                if (object.startedAtMs != null)
                    if (typeof object.startedAtMs === "object" ? object.startedAtMs.low || object.startedAtMs.high : $Number(object.startedAtMs) !== 0)
                        if ($util.Long)
                            message.startedAtMs = $util.Long.fromValue(object.startedAtMs, false);
                        else if (typeof object.startedAtMs === "string")
                            message.startedAtMs = $parseInt(object.startedAtMs, 10);
                        else if (typeof object.startedAtMs === "number")
                            message.startedAtMs = object.startedAtMs;
                        else if (typeof object.startedAtMs === "object")
                            message.startedAtMs = new $util.LongBits(object.startedAtMs.low >>> 0, object.startedAtMs.high >>> 0).toNumber();
                if (object.finishedAtMs != null)
                    if (typeof object.finishedAtMs === "object" ? object.finishedAtMs.low || object.finishedAtMs.high : $Number(object.finishedAtMs) !== 0)
                        if ($util.Long)
                            message.finishedAtMs = $util.Long.fromValue(object.finishedAtMs, false);
                        else if (typeof object.finishedAtMs === "string")
                            message.finishedAtMs = $parseInt(object.finishedAtMs, 10);
                        else if (typeof object.finishedAtMs === "number")
                            message.finishedAtMs = object.finishedAtMs;
                        else if (typeof object.finishedAtMs === "object")
                            message.finishedAtMs = new $util.LongBits(object.finishedAtMs.low >>> 0, object.finishedAtMs.high >>> 0).toNumber();
                if (object.abortRequested != null)
                    if (object.abortRequested)
                        message.abortRequested = $Boolean(object.abortRequested);
                if (object.totalNodes != null)
                    if ($Number(object.totalNodes) !== 0)
                        message.totalNodes = object.totalNodes >>> 0;
                if (object.completedNodes != null)
                    if ($Number(object.completedNodes) !== 0)
                        message.completedNodes = object.completedNodes >>> 0;
                if (object.failedNodes != null)
                    if ($Number(object.failedNodes) !== 0)
                        message.failedNodes = object.failedNodes >>> 0;
                if (object.currentNodeIds) {
                    if (!$Array.isArray(object.currentNodeIds))
                        throw $TypeError(".cassandra_mesos.v1.ClusterJob.currentNodeIds: array expected");
                    message.currentNodeIds = $Array(object.currentNodeIds.length);
                    for (var i = 0; i < object.currentNodeIds.length; ++i)
                        message.currentNodeIds[i] = $String(object.currentNodeIds[i]);
                }
                if (object.failureMessage != null)
                    if (typeof object.failureMessage !== "string" || object.failureMessage.length)
                        message.failureMessage = $String(object.failureMessage);
                if (object.requestedBy != null)
                    if (typeof object.requestedBy !== "string" || object.requestedBy.length)
                        message.requestedBy = $String(object.requestedBy);
                if (object.stage !== 0 && (typeof object.stage !== "string" || $root.cassandra_mesos.v1.JobStage[object.stage] !== 0))
                    switch (object.stage) {
                    case "JOB_STAGE_UNSPECIFIED":
                    case 0:
                        message.stage = 0;
                        break;
                    case "BACKUP_PAUSE":
                    case 1:
                        message.stage = 1;
                        break;
                    case "BACKUP_SNAPSHOT":
                    case 2:
                        message.stage = 2;
                        break;
                    case "BACKUP_UPLOAD":
                    case 3:
                        message.stage = 3;
                        break;
                    case "BACKUP_COMMIT":
                    case 4:
                        message.stage = 4;
                        break;
                    case "RESTORE_DOWNLOAD":
                    case 5:
                        message.stage = 5;
                        break;
                    case "RESTORE_IMPORT":
                    case 6:
                        message.stage = 6;
                        break;
                    default:
                        if (typeof object.stage === "number" && (object.stage | 0) === object.stage)
                            message.stage = object.stage;
                    }
                if (object.stageStartedAtMs != null)
                    if (typeof object.stageStartedAtMs === "object" ? object.stageStartedAtMs.low || object.stageStartedAtMs.high : $Number(object.stageStartedAtMs) !== 0)
                        if ($util.Long)
                            message.stageStartedAtMs = $util.Long.fromValue(object.stageStartedAtMs, false);
                        else if (typeof object.stageStartedAtMs === "string")
                            message.stageStartedAtMs = $parseInt(object.stageStartedAtMs, 10);
                        else if (typeof object.stageStartedAtMs === "number")
                            message.stageStartedAtMs = object.stageStartedAtMs;
                        else if (typeof object.stageStartedAtMs === "object")
                            message.stageStartedAtMs = new $util.LongBits(object.stageStartedAtMs.low >>> 0, object.stageStartedAtMs.high >>> 0).toNumber();
                if (object.bytesDone != null)
                    if (typeof object.bytesDone === "object" ? object.bytesDone.low || object.bytesDone.high : $Number(object.bytesDone) !== 0)
                        if ($util.Long)
                            message.bytesDone = $util.Long.fromValue(object.bytesDone, true);
                        else if (typeof object.bytesDone === "string")
                            message.bytesDone = $parseInt(object.bytesDone, 10);
                        else if (typeof object.bytesDone === "number")
                            message.bytesDone = object.bytesDone;
                        else if (typeof object.bytesDone === "object")
                            message.bytesDone = new $util.LongBits(object.bytesDone.low >>> 0, object.bytesDone.high >>> 0).toNumber(true);
                if (object.bytesTotal != null)
                    if (typeof object.bytesTotal === "object" ? object.bytesTotal.low || object.bytesTotal.high : $Number(object.bytesTotal) !== 0)
                        if ($util.Long)
                            message.bytesTotal = $util.Long.fromValue(object.bytesTotal, true);
                        else if (typeof object.bytesTotal === "string")
                            message.bytesTotal = $parseInt(object.bytesTotal, 10);
                        else if (typeof object.bytesTotal === "number")
                            message.bytesTotal = object.bytesTotal;
                        else if (typeof object.bytesTotal === "object")
                            message.bytesTotal = new $util.LongBits(object.bytesTotal.low >>> 0, object.bytesTotal.high >>> 0).toNumber(true);
                if (object.bytesSkipped != null)
                    if (typeof object.bytesSkipped === "object" ? object.bytesSkipped.low || object.bytesSkipped.high : $Number(object.bytesSkipped) !== 0)
                        if ($util.Long)
                            message.bytesSkipped = $util.Long.fromValue(object.bytesSkipped, true);
                        else if (typeof object.bytesSkipped === "string")
                            message.bytesSkipped = $parseInt(object.bytesSkipped, 10);
                        else if (typeof object.bytesSkipped === "number")
                            message.bytesSkipped = object.bytesSkipped;
                        else if (typeof object.bytesSkipped === "object")
                            message.bytesSkipped = new $util.LongBits(object.bytesSkipped.low >>> 0, object.bytesSkipped.high >>> 0).toNumber(true);
                return message;
            };

            ClusterJob.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults)
                    object.currentNodeIds = [];
                if (options.defaults) {
                    object.jobId = "";
                    object.type = options.enums === $String ? "CLUSTER_JOB_TYPE_UNSPECIFIED" : 0;
                    object.status = options.enums === $String ? "JOB_STATUS_UNSPECIFIED" : 0;
                    object.params = null;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.createdAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.createdAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.startedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.startedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.finishedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.finishedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.abortRequested = false;
                    object.totalNodes = 0;
                    object.completedNodes = 0;
                    object.failedNodes = 0;
                    object.failureMessage = "";
                    object.requestedBy = "";
                    object.stage = options.enums === $String ? "JOB_STAGE_UNSPECIFIED" : 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.stageStartedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.stageStartedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.bytesDone = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.bytesDone = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.bytesTotal = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.bytesTotal = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.bytesSkipped = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.bytesSkipped = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                    object.jobId = message.jobId;
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = options.enums === $String ? $root.cassandra_mesos.v1.ClusterJobType[message.type] === $undefined ? message.type : $root.cassandra_mesos.v1.ClusterJobType[message.type] : message.type;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = options.enums === $String ? $root.cassandra_mesos.v1.JobStatus[message.status] === $undefined ? message.status : $root.cassandra_mesos.v1.JobStatus[message.status] : message.status;
                if (message.params != null && $Object.hasOwnProperty.call(message, "params"))
                    object.params = $root.cassandra_mesos.v1.JobParams.toObject(message.params, options, _depth + 1);
                if (message.createdAtMs != null && $Object.hasOwnProperty.call(message, "createdAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.createdAtMs = typeof message.createdAtMs === "number" ? $BigInt(message.createdAtMs) : $util.Long.fromBits(message.createdAtMs.low >>> 0, message.createdAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.createdAtMs === "number")
                        object.createdAtMs = options.longs === $String ? $String(message.createdAtMs) : message.createdAtMs;
                    else
                        object.createdAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.createdAtMs) : options.longs === $Number ? new $util.LongBits(message.createdAtMs.low >>> 0, message.createdAtMs.high >>> 0).toNumber() : message.createdAtMs;
                if (message.startedAtMs != null && $Object.hasOwnProperty.call(message, "startedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.startedAtMs = typeof message.startedAtMs === "number" ? $BigInt(message.startedAtMs) : $util.Long.fromBits(message.startedAtMs.low >>> 0, message.startedAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.startedAtMs === "number")
                        object.startedAtMs = options.longs === $String ? $String(message.startedAtMs) : message.startedAtMs;
                    else
                        object.startedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.startedAtMs) : options.longs === $Number ? new $util.LongBits(message.startedAtMs.low >>> 0, message.startedAtMs.high >>> 0).toNumber() : message.startedAtMs;
                if (message.finishedAtMs != null && $Object.hasOwnProperty.call(message, "finishedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.finishedAtMs = typeof message.finishedAtMs === "number" ? $BigInt(message.finishedAtMs) : $util.Long.fromBits(message.finishedAtMs.low >>> 0, message.finishedAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.finishedAtMs === "number")
                        object.finishedAtMs = options.longs === $String ? $String(message.finishedAtMs) : message.finishedAtMs;
                    else
                        object.finishedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.finishedAtMs) : options.longs === $Number ? new $util.LongBits(message.finishedAtMs.low >>> 0, message.finishedAtMs.high >>> 0).toNumber() : message.finishedAtMs;
                if (message.abortRequested != null && $Object.hasOwnProperty.call(message, "abortRequested"))
                    object.abortRequested = message.abortRequested;
                if (message.totalNodes != null && $Object.hasOwnProperty.call(message, "totalNodes"))
                    object.totalNodes = message.totalNodes;
                if (message.completedNodes != null && $Object.hasOwnProperty.call(message, "completedNodes"))
                    object.completedNodes = message.completedNodes;
                if (message.failedNodes != null && $Object.hasOwnProperty.call(message, "failedNodes"))
                    object.failedNodes = message.failedNodes;
                if (message.currentNodeIds && message.currentNodeIds.length) {
                    object.currentNodeIds = $Array(message.currentNodeIds.length);
                    for (var j = 0; j < message.currentNodeIds.length; ++j)
                        object.currentNodeIds[j] = message.currentNodeIds[j];
                }
                if (message.failureMessage != null && $Object.hasOwnProperty.call(message, "failureMessage"))
                    object.failureMessage = message.failureMessage;
                if (message.requestedBy != null && $Object.hasOwnProperty.call(message, "requestedBy"))
                    object.requestedBy = message.requestedBy;
                if (message.stage != null && $Object.hasOwnProperty.call(message, "stage"))
                    object.stage = options.enums === $String ? $root.cassandra_mesos.v1.JobStage[message.stage] === $undefined ? message.stage : $root.cassandra_mesos.v1.JobStage[message.stage] : message.stage;
                if (message.stageStartedAtMs != null && $Object.hasOwnProperty.call(message, "stageStartedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.stageStartedAtMs = typeof message.stageStartedAtMs === "number" ? $BigInt(message.stageStartedAtMs) : $util.Long.fromBits(message.stageStartedAtMs.low >>> 0, message.stageStartedAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.stageStartedAtMs === "number")
                        object.stageStartedAtMs = options.longs === $String ? $String(message.stageStartedAtMs) : message.stageStartedAtMs;
                    else
                        object.stageStartedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.stageStartedAtMs) : options.longs === $Number ? new $util.LongBits(message.stageStartedAtMs.low >>> 0, message.stageStartedAtMs.high >>> 0).toNumber() : message.stageStartedAtMs;
                if (message.bytesDone != null && $Object.hasOwnProperty.call(message, "bytesDone"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.bytesDone = typeof message.bytesDone === "number" ? $BigInt(message.bytesDone) : $util.Long.fromBits(message.bytesDone.low >>> 0, message.bytesDone.high >>> 0, true).toBigInt();
                    else if (typeof message.bytesDone === "number")
                        object.bytesDone = options.longs === $String ? $String(message.bytesDone) : message.bytesDone;
                    else
                        object.bytesDone = options.longs === $String ? $util.Long.prototype.toString.call(message.bytesDone) : options.longs === $Number ? new $util.LongBits(message.bytesDone.low >>> 0, message.bytesDone.high >>> 0).toNumber(true) : message.bytesDone;
                if (message.bytesTotal != null && $Object.hasOwnProperty.call(message, "bytesTotal"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.bytesTotal = typeof message.bytesTotal === "number" ? $BigInt(message.bytesTotal) : $util.Long.fromBits(message.bytesTotal.low >>> 0, message.bytesTotal.high >>> 0, true).toBigInt();
                    else if (typeof message.bytesTotal === "number")
                        object.bytesTotal = options.longs === $String ? $String(message.bytesTotal) : message.bytesTotal;
                    else
                        object.bytesTotal = options.longs === $String ? $util.Long.prototype.toString.call(message.bytesTotal) : options.longs === $Number ? new $util.LongBits(message.bytesTotal.low >>> 0, message.bytesTotal.high >>> 0).toNumber(true) : message.bytesTotal;
                if (message.bytesSkipped != null && $Object.hasOwnProperty.call(message, "bytesSkipped"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.bytesSkipped = typeof message.bytesSkipped === "number" ? $BigInt(message.bytesSkipped) : $util.Long.fromBits(message.bytesSkipped.low >>> 0, message.bytesSkipped.high >>> 0, true).toBigInt();
                    else if (typeof message.bytesSkipped === "number")
                        object.bytesSkipped = options.longs === $String ? $String(message.bytesSkipped) : message.bytesSkipped;
                    else
                        object.bytesSkipped = options.longs === $String ? $util.Long.prototype.toString.call(message.bytesSkipped) : options.longs === $Number ? new $util.LongBits(message.bytesSkipped.low >>> 0, message.bytesSkipped.high >>> 0).toNumber(true) : message.bytesSkipped;
                return object;
            };

            ClusterJob.prototype.toJSON = function() {
                return ClusterJob.toObject(this, $protobuf.util.toJSONOptions);
            };

            ClusterJob.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cassandra_mesos.v1.ClusterJob";
            };

            return ClusterJob;
        })();

        v1.KeyspaceProgress = (function() {

            var KeyspaceProgress = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            KeyspaceProgress.prototype.keyspace = "";
            KeyspaceProgress.prototype.status = "";
            KeyspaceProgress.prototype.durationMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            KeyspaceProgress.prototype.message = "";
            KeyspaceProgress.prototype.bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            KeyspaceProgress.create = function(properties) {
                return new KeyspaceProgress(properties);
            };

            KeyspaceProgress.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.keyspace != null && $Object.hasOwnProperty.call(message, "keyspace") && message.keyspace !== "")
                    writer.uint32(10).string(message.keyspace);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== "")
                    writer.uint32(18).string(message.status);
                if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs") && (typeof message.durationMs === "object" ? message.durationMs.low || message.durationMs.high : message.durationMs !== 0))
                    writer.uint32(24).int64(message.durationMs);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(34).string(message.message);
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes") && (typeof message.bytes === "object" ? message.bytes.low || message.bytes.high : message.bytes !== 0))
                    writer.uint32(40).uint64(message.bytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            KeyspaceProgress.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            KeyspaceProgress.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassandra_mesos.v1.KeyspaceProgress();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.keyspace = value;
                            else
                                delete message.keyspace;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.durationMs = value;
                            else
                                delete message.durationMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bytes = value;
                            else
                                delete message.bytes;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            KeyspaceProgress.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            KeyspaceProgress.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.keyspace != null && $Object.hasOwnProperty.call(message, "keyspace"))
                    if (!$util.isString(message.keyspace))
                        return "keyspace: string expected";
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    if (!$util.isString(message.status))
                        return "status: string expected";
                if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs"))
                    if (!$util.isInteger(message.durationMs) && !(message.durationMs && $util.isInteger(message.durationMs.low) && $util.isInteger(message.durationMs.high)))
                        return "durationMs: integer|Long expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes"))
                    if (!$util.isInteger(message.bytes) && !(message.bytes && $util.isInteger(message.bytes.low) && $util.isInteger(message.bytes.high)))
                        return "bytes: integer|Long expected";
                return null;
            };

            KeyspaceProgress.fromObject = function (object, _depth) {
                if (object instanceof $root.cassandra_mesos.v1.KeyspaceProgress)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cassandra_mesos.v1.KeyspaceProgress: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.cassandra_mesos.v1.KeyspaceProgress();
                if (object.keyspace != null)
                    if (typeof object.keyspace !== "string" || object.keyspace.length)
                        message.keyspace = $String(object.keyspace);
                if (object.status != null)
                    if (typeof object.status !== "string" || object.status.length)
                        message.status = $String(object.status);
                if (object.durationMs != null)
                    if (typeof object.durationMs === "object" ? object.durationMs.low || object.durationMs.high : $Number(object.durationMs) !== 0)
                        if ($util.Long)
                            message.durationMs = $util.Long.fromValue(object.durationMs, false);
                        else if (typeof object.durationMs === "string")
                            message.durationMs = $parseInt(object.durationMs, 10);
                        else if (typeof object.durationMs === "number")
                            message.durationMs = object.durationMs;
                        else if (typeof object.durationMs === "object")
                            message.durationMs = new $util.LongBits(object.durationMs.low >>> 0, object.durationMs.high >>> 0).toNumber();
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.bytes != null)
                    if (typeof object.bytes === "object" ? object.bytes.low || object.bytes.high : $Number(object.bytes) !== 0)
                        if ($util.Long)
                            message.bytes = $util.Long.fromValue(object.bytes, true);
                        else if (typeof object.bytes === "string")
                            message.bytes = $parseInt(object.bytes, 10);
                        else if (typeof object.bytes === "number")
                            message.bytes = object.bytes;
                        else if (typeof object.bytes === "object")
                            message.bytes = new $util.LongBits(object.bytes.low >>> 0, object.bytes.high >>> 0).toNumber(true);
                return message;
            };

            KeyspaceProgress.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.keyspace = "";
                    object.status = "";
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.durationMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.durationMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.message = "";
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.bytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.bytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.keyspace != null && $Object.hasOwnProperty.call(message, "keyspace"))
                    object.keyspace = message.keyspace;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = message.status;
                if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.durationMs = typeof message.durationMs === "number" ? $BigInt(message.durationMs) : $util.Long.fromBits(message.durationMs.low >>> 0, message.durationMs.high >>> 0, false).toBigInt();
                    else if (typeof message.durationMs === "number")
                        object.durationMs = options.longs === $String ? $String(message.durationMs) : message.durationMs;
                    else
                        object.durationMs = options.longs === $String ? $util.Long.prototype.toString.call(message.durationMs) : options.longs === $Number ? new $util.LongBits(message.durationMs.low >>> 0, message.durationMs.high >>> 0).toNumber() : message.durationMs;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.bytes = typeof message.bytes === "number" ? $BigInt(message.bytes) : $util.Long.fromBits(message.bytes.low >>> 0, message.bytes.high >>> 0, true).toBigInt();
                    else if (typeof message.bytes === "number")
                        object.bytes = options.longs === $String ? $String(message.bytes) : message.bytes;
                    else
                        object.bytes = options.longs === $String ? $util.Long.prototype.toString.call(message.bytes) : options.longs === $Number ? new $util.LongBits(message.bytes.low >>> 0, message.bytes.high >>> 0).toNumber(true) : message.bytes;
                return object;
            };

            KeyspaceProgress.prototype.toJSON = function() {
                return KeyspaceProgress.toObject(this, $protobuf.util.toJSONOptions);
            };

            KeyspaceProgress.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cassandra_mesos.v1.KeyspaceProgress";
            };

            return KeyspaceProgress;
        })();

        v1.NodeJobState = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "NODE_JOB_STATE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "NODE_JOB_PENDING"] = 1;
            values[valuesById[2] = "NODE_JOB_RUNNING"] = 2;
            values[valuesById[3] = "NODE_JOB_SUCCEEDED"] = 3;
            values[valuesById[4] = "NODE_JOB_FAILED"] = 4;
            values[valuesById[5] = "NODE_JOB_SKIPPED"] = 5;
            values[valuesById[6] = "NODE_JOB_ABORTED"] = 6;
            return values;
        })();

        v1.NodeJobRecord = (function() {

            var NodeJobRecord = function (properties) {
                this.keyspaces = [];
                this.remainingKeyspaces = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            NodeJobRecord.prototype.jobId = "";
            NodeJobRecord.prototype.nodeId = "";
            NodeJobRecord.prototype.sequence = 0;
            NodeJobRecord.prototype.state = 0;
            NodeJobRecord.prototype.taskId = "";
            NodeJobRecord.prototype.startedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            NodeJobRecord.prototype.finishedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            NodeJobRecord.prototype.keyspaces = $util.emptyArray;
            NodeJobRecord.prototype.remainingKeyspaces = $util.emptyArray;
            NodeJobRecord.prototype.currentKeyspace = "";
            NodeJobRecord.prototype.failureMessage = "";
            NodeJobRecord.prototype.bytesDone = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            NodeJobRecord.prototype.bytesTotal = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            NodeJobRecord.prototype.attempt = 0;
            NodeJobRecord.prototype.stage = 0;
            NodeJobRecord.prototype.bytesSkipped = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            NodeJobRecord.prototype.filesDone = 0;
            NodeJobRecord.prototype.filesTotal = 0;
            NodeJobRecord.prototype.rateBytesPerSecond = 0;
            NodeJobRecord.prototype.manifestKey = "";
            NodeJobRecord.prototype.manifestSha256 = "";

            NodeJobRecord.create = function(properties) {
                return new NodeJobRecord(properties);
            };

            NodeJobRecord.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && message.jobId !== "")
                    writer.uint32(10).string(message.jobId);
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && message.nodeId !== "")
                    writer.uint32(18).string(message.nodeId);
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence") && message.sequence !== 0)
                    writer.uint32(24).uint32(message.sequence);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                    writer.uint32(32).int32(message.state);
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId") && message.taskId !== "")
                    writer.uint32(42).string(message.taskId);
                if (message.startedAtMs != null && $Object.hasOwnProperty.call(message, "startedAtMs") && (typeof message.startedAtMs === "object" ? message.startedAtMs.low || message.startedAtMs.high : message.startedAtMs !== 0))
                    writer.uint32(48).int64(message.startedAtMs);
                if (message.finishedAtMs != null && $Object.hasOwnProperty.call(message, "finishedAtMs") && (typeof message.finishedAtMs === "object" ? message.finishedAtMs.low || message.finishedAtMs.high : message.finishedAtMs !== 0))
                    writer.uint32(56).int64(message.finishedAtMs);
                if (message.keyspaces != null && message.keyspaces.length)
                    for (var i = 0; i < message.keyspaces.length; ++i)
                        $root.cassandra_mesos.v1.KeyspaceProgress.encode(message.keyspaces[i], writer.uint32(66).fork(), _depth + 1).ldelim();
                if (message.remainingKeyspaces != null && message.remainingKeyspaces.length)
                    for (var i = 0; i < message.remainingKeyspaces.length; ++i)
                        writer.uint32(74).string(message.remainingKeyspaces[i]);
                if (message.currentKeyspace != null && $Object.hasOwnProperty.call(message, "currentKeyspace") && message.currentKeyspace !== "")
                    writer.uint32(82).string(message.currentKeyspace);
                if (message.failureMessage != null && $Object.hasOwnProperty.call(message, "failureMessage") && message.failureMessage !== "")
                    writer.uint32(90).string(message.failureMessage);
                if (message.bytesDone != null && $Object.hasOwnProperty.call(message, "bytesDone") && (typeof message.bytesDone === "object" ? message.bytesDone.low || message.bytesDone.high : message.bytesDone !== 0))
                    writer.uint32(96).uint64(message.bytesDone);
                if (message.bytesTotal != null && $Object.hasOwnProperty.call(message, "bytesTotal") && (typeof message.bytesTotal === "object" ? message.bytesTotal.low || message.bytesTotal.high : message.bytesTotal !== 0))
                    writer.uint32(104).uint64(message.bytesTotal);
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                    writer.uint32(112).uint32(message.attempt);
                if (message.stage != null && $Object.hasOwnProperty.call(message, "stage") && message.stage !== 0)
                    writer.uint32(120).int32(message.stage);
                if (message.bytesSkipped != null && $Object.hasOwnProperty.call(message, "bytesSkipped") && (typeof message.bytesSkipped === "object" ? message.bytesSkipped.low || message.bytesSkipped.high : message.bytesSkipped !== 0))
                    writer.uint32(128).uint64(message.bytesSkipped);
                if (message.filesDone != null && $Object.hasOwnProperty.call(message, "filesDone") && message.filesDone !== 0)
                    writer.uint32(136).uint32(message.filesDone);
                if (message.filesTotal != null && $Object.hasOwnProperty.call(message, "filesTotal") && message.filesTotal !== 0)
                    writer.uint32(144).uint32(message.filesTotal);
                if (message.rateBytesPerSecond != null && $Object.hasOwnProperty.call(message, "rateBytesPerSecond") && !$Object.is(message.rateBytesPerSecond, 0))
                    writer.uint32(153).double(message.rateBytesPerSecond);
                if (message.manifestKey != null && $Object.hasOwnProperty.call(message, "manifestKey") && message.manifestKey !== "")
                    writer.uint32(162).string(message.manifestKey);
                if (message.manifestSha256 != null && $Object.hasOwnProperty.call(message, "manifestSha256") && message.manifestSha256 !== "")
                    writer.uint32(170).string(message.manifestSha256);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            NodeJobRecord.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            NodeJobRecord.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassandra_mesos.v1.NodeJobRecord();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.jobId = value;
                            else
                                delete message.jobId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.nodeId = value;
                            else
                                delete message.nodeId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.sequence = value;
                            else
                                delete message.sequence;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.taskId = value;
                            else
                                delete message.taskId;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.startedAtMs = value;
                            else
                                delete message.startedAtMs;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.finishedAtMs = value;
                            else
                                delete message.finishedAtMs;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (!(message.keyspaces && message.keyspaces.length))
                                message.keyspaces = [];
                            message.keyspaces.push($root.cassandra_mesos.v1.KeyspaceProgress.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (!(message.remainingKeyspaces && message.remainingKeyspaces.length))
                                message.remainingKeyspaces = [];
                            message.remainingKeyspaces.push(reader.stringVerify());
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.currentKeyspace = value;
                            else
                                delete message.currentKeyspace;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.failureMessage = value;
                            else
                                delete message.failureMessage;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bytesDone = value;
                            else
                                delete message.bytesDone;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bytesTotal = value;
                            else
                                delete message.bytesTotal;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.attempt = value;
                            else
                                delete message.attempt;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.stage = value;
                            else
                                delete message.stage;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bytesSkipped = value;
                            else
                                delete message.bytesSkipped;
                            continue;
                        }
                    case 17: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.filesDone = value;
                            else
                                delete message.filesDone;
                            continue;
                        }
                    case 18: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.filesTotal = value;
                            else
                                delete message.filesTotal;
                            continue;
                        }
                    case 19: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.rateBytesPerSecond = value;
                            else
                                delete message.rateBytesPerSecond;
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.manifestKey = value;
                            else
                                delete message.manifestKey;
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.manifestSha256 = value;
                            else
                                delete message.manifestSha256;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            NodeJobRecord.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            NodeJobRecord.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                    if (!$util.isString(message.jobId))
                        return "jobId: string expected";
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                    if (!$util.isString(message.nodeId))
                        return "nodeId: string expected";
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence"))
                    if (!$util.isInteger(message.sequence))
                        return "sequence: integer expected";
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    if (typeof message.state !== "number" || (message.state | 0) !== message.state)
                        return "state: enum value expected";
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    if (!$util.isString(message.taskId))
                        return "taskId: string expected";
                if (message.startedAtMs != null && $Object.hasOwnProperty.call(message, "startedAtMs"))
                    if (!$util.isInteger(message.startedAtMs) && !(message.startedAtMs && $util.isInteger(message.startedAtMs.low) && $util.isInteger(message.startedAtMs.high)))
                        return "startedAtMs: integer|Long expected";
                if (message.finishedAtMs != null && $Object.hasOwnProperty.call(message, "finishedAtMs"))
                    if (!$util.isInteger(message.finishedAtMs) && !(message.finishedAtMs && $util.isInteger(message.finishedAtMs.low) && $util.isInteger(message.finishedAtMs.high)))
                        return "finishedAtMs: integer|Long expected";
                if (message.keyspaces != null && $Object.hasOwnProperty.call(message, "keyspaces")) {
                    if (!$Array.isArray(message.keyspaces))
                        return "keyspaces: array expected";
                    for (var i = 0; i < message.keyspaces.length; ++i) {
                        var error = $root.cassandra_mesos.v1.KeyspaceProgress.verify(message.keyspaces[i], _depth + 1);
                        if (error)
                            return "keyspaces." + error;
                    }
                }
                if (message.remainingKeyspaces != null && $Object.hasOwnProperty.call(message, "remainingKeyspaces")) {
                    if (!$Array.isArray(message.remainingKeyspaces))
                        return "remainingKeyspaces: array expected";
                    for (var i = 0; i < message.remainingKeyspaces.length; ++i)
                        if (!$util.isString(message.remainingKeyspaces[i]))
                            return "remainingKeyspaces: string[] expected";
                }
                if (message.currentKeyspace != null && $Object.hasOwnProperty.call(message, "currentKeyspace"))
                    if (!$util.isString(message.currentKeyspace))
                        return "currentKeyspace: string expected";
                if (message.failureMessage != null && $Object.hasOwnProperty.call(message, "failureMessage"))
                    if (!$util.isString(message.failureMessage))
                        return "failureMessage: string expected";
                if (message.bytesDone != null && $Object.hasOwnProperty.call(message, "bytesDone"))
                    if (!$util.isInteger(message.bytesDone) && !(message.bytesDone && $util.isInteger(message.bytesDone.low) && $util.isInteger(message.bytesDone.high)))
                        return "bytesDone: integer|Long expected";
                if (message.bytesTotal != null && $Object.hasOwnProperty.call(message, "bytesTotal"))
                    if (!$util.isInteger(message.bytesTotal) && !(message.bytesTotal && $util.isInteger(message.bytesTotal.low) && $util.isInteger(message.bytesTotal.high)))
                        return "bytesTotal: integer|Long expected";
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    if (!$util.isInteger(message.attempt))
                        return "attempt: integer expected";
                if (message.stage != null && $Object.hasOwnProperty.call(message, "stage"))
                    if (typeof message.stage !== "number" || (message.stage | 0) !== message.stage)
                        return "stage: enum value expected";
                if (message.bytesSkipped != null && $Object.hasOwnProperty.call(message, "bytesSkipped"))
                    if (!$util.isInteger(message.bytesSkipped) && !(message.bytesSkipped && $util.isInteger(message.bytesSkipped.low) && $util.isInteger(message.bytesSkipped.high)))
                        return "bytesSkipped: integer|Long expected";
                if (message.filesDone != null && $Object.hasOwnProperty.call(message, "filesDone"))
                    if (!$util.isInteger(message.filesDone))
                        return "filesDone: integer expected";
                if (message.filesTotal != null && $Object.hasOwnProperty.call(message, "filesTotal"))
                    if (!$util.isInteger(message.filesTotal))
                        return "filesTotal: integer expected";
                if (message.rateBytesPerSecond != null && $Object.hasOwnProperty.call(message, "rateBytesPerSecond"))
                    if (typeof message.rateBytesPerSecond !== "number")
                        return "rateBytesPerSecond: number expected";
                if (message.manifestKey != null && $Object.hasOwnProperty.call(message, "manifestKey"))
                    if (!$util.isString(message.manifestKey))
                        return "manifestKey: string expected";
                if (message.manifestSha256 != null && $Object.hasOwnProperty.call(message, "manifestSha256"))
                    if (!$util.isString(message.manifestSha256))
                        return "manifestSha256: string expected";
                return null;
            };

            NodeJobRecord.fromObject = function (object, _depth) {
                if (object instanceof $root.cassandra_mesos.v1.NodeJobRecord)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cassandra_mesos.v1.NodeJobRecord: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.cassandra_mesos.v1.NodeJobRecord();
                if (object.jobId != null)
                    if (typeof object.jobId !== "string" || object.jobId.length)
                        message.jobId = $String(object.jobId);
                if (object.nodeId != null)
                    if (typeof object.nodeId !== "string" || object.nodeId.length)
                        message.nodeId = $String(object.nodeId);
                if (object.sequence != null)
                    if ($Number(object.sequence) !== 0)
                        message.sequence = object.sequence >>> 0;
                if (object.state !== 0 && (typeof object.state !== "string" || $root.cassandra_mesos.v1.NodeJobState[object.state] !== 0))
                    switch (object.state) {
                    case "NODE_JOB_STATE_UNSPECIFIED":
                    case 0:
                        message.state = 0;
                        break;
                    case "NODE_JOB_PENDING":
                    case 1:
                        message.state = 1;
                        break;
                    case "NODE_JOB_RUNNING":
                    case 2:
                        message.state = 2;
                        break;
                    case "NODE_JOB_SUCCEEDED":
                    case 3:
                        message.state = 3;
                        break;
                    case "NODE_JOB_FAILED":
                    case 4:
                        message.state = 4;
                        break;
                    case "NODE_JOB_SKIPPED":
                    case 5:
                        message.state = 5;
                        break;
                    case "NODE_JOB_ABORTED":
                    case 6:
                        message.state = 6;
                        break;
                    default:
                        if (typeof object.state === "number" && (object.state | 0) === object.state)
                            message.state = object.state;
                    }
                if (object.taskId != null)
                    if (typeof object.taskId !== "string" || object.taskId.length)
                        message.taskId = $String(object.taskId);
                if (object.startedAtMs != null)
                    if (typeof object.startedAtMs === "object" ? object.startedAtMs.low || object.startedAtMs.high : $Number(object.startedAtMs) !== 0)
                        if ($util.Long)
                            message.startedAtMs = $util.Long.fromValue(object.startedAtMs, false);
                        else if (typeof object.startedAtMs === "string")
                            message.startedAtMs = $parseInt(object.startedAtMs, 10);
                        else if (typeof object.startedAtMs === "number")
                            message.startedAtMs = object.startedAtMs;
                        else if (typeof object.startedAtMs === "object")
                            message.startedAtMs = new $util.LongBits(object.startedAtMs.low >>> 0, object.startedAtMs.high >>> 0).toNumber();
                if (object.finishedAtMs != null)
                    if (typeof object.finishedAtMs === "object" ? object.finishedAtMs.low || object.finishedAtMs.high : $Number(object.finishedAtMs) !== 0)
                        if ($util.Long)
                            message.finishedAtMs = $util.Long.fromValue(object.finishedAtMs, false);
                        else if (typeof object.finishedAtMs === "string")
                            message.finishedAtMs = $parseInt(object.finishedAtMs, 10);
                        else if (typeof object.finishedAtMs === "number")
                            message.finishedAtMs = object.finishedAtMs;
                        else if (typeof object.finishedAtMs === "object")
                            message.finishedAtMs = new $util.LongBits(object.finishedAtMs.low >>> 0, object.finishedAtMs.high >>> 0).toNumber();
                if (object.keyspaces) {
                    if (!$Array.isArray(object.keyspaces))
                        throw $TypeError(".cassandra_mesos.v1.NodeJobRecord.keyspaces: array expected");
                    message.keyspaces = $Array(object.keyspaces.length);
                    for (var i = 0; i < object.keyspaces.length; ++i) {
                        if (!$util.isObject(object.keyspaces[i]))
                            throw $TypeError(".cassandra_mesos.v1.NodeJobRecord.keyspaces: object expected");
                        message.keyspaces[i] = $root.cassandra_mesos.v1.KeyspaceProgress.fromObject(object.keyspaces[i], _depth + 1);
                    }
                }
                if (object.remainingKeyspaces) {
                    if (!$Array.isArray(object.remainingKeyspaces))
                        throw $TypeError(".cassandra_mesos.v1.NodeJobRecord.remainingKeyspaces: array expected");
                    message.remainingKeyspaces = $Array(object.remainingKeyspaces.length);
                    for (var i = 0; i < object.remainingKeyspaces.length; ++i)
                        message.remainingKeyspaces[i] = $String(object.remainingKeyspaces[i]);
                }
                if (object.currentKeyspace != null)
                    if (typeof object.currentKeyspace !== "string" || object.currentKeyspace.length)
                        message.currentKeyspace = $String(object.currentKeyspace);
                if (object.failureMessage != null)
                    if (typeof object.failureMessage !== "string" || object.failureMessage.length)
                        message.failureMessage = $String(object.failureMessage);
                if (object.bytesDone != null)
                    if (typeof object.bytesDone === "object" ? object.bytesDone.low || object.bytesDone.high : $Number(object.bytesDone) !== 0)
                        if ($util.Long)
                            message.bytesDone = $util.Long.fromValue(object.bytesDone, true);
                        else if (typeof object.bytesDone === "string")
                            message.bytesDone = $parseInt(object.bytesDone, 10);
                        else if (typeof object.bytesDone === "number")
                            message.bytesDone = object.bytesDone;
                        else if (typeof object.bytesDone === "object")
                            message.bytesDone = new $util.LongBits(object.bytesDone.low >>> 0, object.bytesDone.high >>> 0).toNumber(true);
                if (object.bytesTotal != null)
                    if (typeof object.bytesTotal === "object" ? object.bytesTotal.low || object.bytesTotal.high : $Number(object.bytesTotal) !== 0)
                        if ($util.Long)
                            message.bytesTotal = $util.Long.fromValue(object.bytesTotal, true);
                        else if (typeof object.bytesTotal === "string")
                            message.bytesTotal = $parseInt(object.bytesTotal, 10);
                        else if (typeof object.bytesTotal === "number")
                            message.bytesTotal = object.bytesTotal;
                        else if (typeof object.bytesTotal === "object")
                            message.bytesTotal = new $util.LongBits(object.bytesTotal.low >>> 0, object.bytesTotal.high >>> 0).toNumber(true);
                if (object.attempt != null)
                    if ($Number(object.attempt) !== 0)
                        message.attempt = object.attempt >>> 0;
                if (object.stage !== 0 && (typeof object.stage !== "string" || $root.cassandra_mesos.v1.JobStage[object.stage] !== 0))
                    switch (object.stage) {
                    case "JOB_STAGE_UNSPECIFIED":
                    case 0:
                        message.stage = 0;
                        break;
                    case "BACKUP_PAUSE":
                    case 1:
                        message.stage = 1;
                        break;
                    case "BACKUP_SNAPSHOT":
                    case 2:
                        message.stage = 2;
                        break;
                    case "BACKUP_UPLOAD":
                    case 3:
                        message.stage = 3;
                        break;
                    case "BACKUP_COMMIT":
                    case 4:
                        message.stage = 4;
                        break;
                    case "RESTORE_DOWNLOAD":
                    case 5:
                        message.stage = 5;
                        break;
                    case "RESTORE_IMPORT":
                    case 6:
                        message.stage = 6;
                        break;
                    default:
                        if (typeof object.stage === "number" && (object.stage | 0) === object.stage)
                            message.stage = object.stage;
                    }
                if (object.bytesSkipped != null)
                    if (typeof object.bytesSkipped === "object" ? object.bytesSkipped.low || object.bytesSkipped.high : $Number(object.bytesSkipped) !== 0)
                        if ($util.Long)
                            message.bytesSkipped = $util.Long.fromValue(object.bytesSkipped, true);
                        else if (typeof object.bytesSkipped === "string")
                            message.bytesSkipped = $parseInt(object.bytesSkipped, 10);
                        else if (typeof object.bytesSkipped === "number")
                            message.bytesSkipped = object.bytesSkipped;
                        else if (typeof object.bytesSkipped === "object")
                            message.bytesSkipped = new $util.LongBits(object.bytesSkipped.low >>> 0, object.bytesSkipped.high >>> 0).toNumber(true);
                if (object.filesDone != null)
                    if ($Number(object.filesDone) !== 0)
                        message.filesDone = object.filesDone >>> 0;
                if (object.filesTotal != null)
                    if ($Number(object.filesTotal) !== 0)
                        message.filesTotal = object.filesTotal >>> 0;
                if (object.rateBytesPerSecond != null)
                    if (!$Object.is($Number(object.rateBytesPerSecond), 0))
                        message.rateBytesPerSecond = $Number(object.rateBytesPerSecond);
                if (object.manifestKey != null)
                    if (typeof object.manifestKey !== "string" || object.manifestKey.length)
                        message.manifestKey = $String(object.manifestKey);
                if (object.manifestSha256 != null)
                    if (typeof object.manifestSha256 !== "string" || object.manifestSha256.length)
                        message.manifestSha256 = $String(object.manifestSha256);
                return message;
            };

            NodeJobRecord.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults) {
                    object.keyspaces = [];
                    object.remainingKeyspaces = [];
                }
                if (options.defaults) {
                    object.jobId = "";
                    object.nodeId = "";
                    object.sequence = 0;
                    object.state = options.enums === $String ? "NODE_JOB_STATE_UNSPECIFIED" : 0;
                    object.taskId = "";
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.startedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.startedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.finishedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.finishedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.currentKeyspace = "";
                    object.failureMessage = "";
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.bytesDone = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.bytesDone = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.bytesTotal = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.bytesTotal = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.attempt = 0;
                    object.stage = options.enums === $String ? "JOB_STAGE_UNSPECIFIED" : 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.bytesSkipped = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.bytesSkipped = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.filesDone = 0;
                    object.filesTotal = 0;
                    object.rateBytesPerSecond = 0;
                    object.manifestKey = "";
                    object.manifestSha256 = "";
                }
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                    object.jobId = message.jobId;
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                    object.nodeId = message.nodeId;
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence"))
                    object.sequence = message.sequence;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = options.enums === $String ? $root.cassandra_mesos.v1.NodeJobState[message.state] === $undefined ? message.state : $root.cassandra_mesos.v1.NodeJobState[message.state] : message.state;
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    object.taskId = message.taskId;
                if (message.startedAtMs != null && $Object.hasOwnProperty.call(message, "startedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.startedAtMs = typeof message.startedAtMs === "number" ? $BigInt(message.startedAtMs) : $util.Long.fromBits(message.startedAtMs.low >>> 0, message.startedAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.startedAtMs === "number")
                        object.startedAtMs = options.longs === $String ? $String(message.startedAtMs) : message.startedAtMs;
                    else
                        object.startedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.startedAtMs) : options.longs === $Number ? new $util.LongBits(message.startedAtMs.low >>> 0, message.startedAtMs.high >>> 0).toNumber() : message.startedAtMs;
                if (message.finishedAtMs != null && $Object.hasOwnProperty.call(message, "finishedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.finishedAtMs = typeof message.finishedAtMs === "number" ? $BigInt(message.finishedAtMs) : $util.Long.fromBits(message.finishedAtMs.low >>> 0, message.finishedAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.finishedAtMs === "number")
                        object.finishedAtMs = options.longs === $String ? $String(message.finishedAtMs) : message.finishedAtMs;
                    else
                        object.finishedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.finishedAtMs) : options.longs === $Number ? new $util.LongBits(message.finishedAtMs.low >>> 0, message.finishedAtMs.high >>> 0).toNumber() : message.finishedAtMs;
                if (message.keyspaces && message.keyspaces.length) {
                    object.keyspaces = $Array(message.keyspaces.length);
                    for (var j = 0; j < message.keyspaces.length; ++j)
                        object.keyspaces[j] = $root.cassandra_mesos.v1.KeyspaceProgress.toObject(message.keyspaces[j], options, _depth + 1);
                }
                if (message.remainingKeyspaces && message.remainingKeyspaces.length) {
                    object.remainingKeyspaces = $Array(message.remainingKeyspaces.length);
                    for (var j = 0; j < message.remainingKeyspaces.length; ++j)
                        object.remainingKeyspaces[j] = message.remainingKeyspaces[j];
                }
                if (message.currentKeyspace != null && $Object.hasOwnProperty.call(message, "currentKeyspace"))
                    object.currentKeyspace = message.currentKeyspace;
                if (message.failureMessage != null && $Object.hasOwnProperty.call(message, "failureMessage"))
                    object.failureMessage = message.failureMessage;
                if (message.bytesDone != null && $Object.hasOwnProperty.call(message, "bytesDone"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.bytesDone = typeof message.bytesDone === "number" ? $BigInt(message.bytesDone) : $util.Long.fromBits(message.bytesDone.low >>> 0, message.bytesDone.high >>> 0, true).toBigInt();
                    else if (typeof message.bytesDone === "number")
                        object.bytesDone = options.longs === $String ? $String(message.bytesDone) : message.bytesDone;
                    else
                        object.bytesDone = options.longs === $String ? $util.Long.prototype.toString.call(message.bytesDone) : options.longs === $Number ? new $util.LongBits(message.bytesDone.low >>> 0, message.bytesDone.high >>> 0).toNumber(true) : message.bytesDone;
                if (message.bytesTotal != null && $Object.hasOwnProperty.call(message, "bytesTotal"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.bytesTotal = typeof message.bytesTotal === "number" ? $BigInt(message.bytesTotal) : $util.Long.fromBits(message.bytesTotal.low >>> 0, message.bytesTotal.high >>> 0, true).toBigInt();
                    else if (typeof message.bytesTotal === "number")
                        object.bytesTotal = options.longs === $String ? $String(message.bytesTotal) : message.bytesTotal;
                    else
                        object.bytesTotal = options.longs === $String ? $util.Long.prototype.toString.call(message.bytesTotal) : options.longs === $Number ? new $util.LongBits(message.bytesTotal.low >>> 0, message.bytesTotal.high >>> 0).toNumber(true) : message.bytesTotal;
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    object.attempt = message.attempt;
                if (message.stage != null && $Object.hasOwnProperty.call(message, "stage"))
                    object.stage = options.enums === $String ? $root.cassandra_mesos.v1.JobStage[message.stage] === $undefined ? message.stage : $root.cassandra_mesos.v1.JobStage[message.stage] : message.stage;
                if (message.bytesSkipped != null && $Object.hasOwnProperty.call(message, "bytesSkipped"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.bytesSkipped = typeof message.bytesSkipped === "number" ? $BigInt(message.bytesSkipped) : $util.Long.fromBits(message.bytesSkipped.low >>> 0, message.bytesSkipped.high >>> 0, true).toBigInt();
                    else if (typeof message.bytesSkipped === "number")
                        object.bytesSkipped = options.longs === $String ? $String(message.bytesSkipped) : message.bytesSkipped;
                    else
                        object.bytesSkipped = options.longs === $String ? $util.Long.prototype.toString.call(message.bytesSkipped) : options.longs === $Number ? new $util.LongBits(message.bytesSkipped.low >>> 0, message.bytesSkipped.high >>> 0).toNumber(true) : message.bytesSkipped;
                if (message.filesDone != null && $Object.hasOwnProperty.call(message, "filesDone"))
                    object.filesDone = message.filesDone;
                if (message.filesTotal != null && $Object.hasOwnProperty.call(message, "filesTotal"))
                    object.filesTotal = message.filesTotal;
                if (message.rateBytesPerSecond != null && $Object.hasOwnProperty.call(message, "rateBytesPerSecond"))
                    object.rateBytesPerSecond = options.json && !$isFinite(message.rateBytesPerSecond) ? $String(message.rateBytesPerSecond) : message.rateBytesPerSecond;
                if (message.manifestKey != null && $Object.hasOwnProperty.call(message, "manifestKey"))
                    object.manifestKey = message.manifestKey;
                if (message.manifestSha256 != null && $Object.hasOwnProperty.call(message, "manifestSha256"))
                    object.manifestSha256 = message.manifestSha256;
                return object;
            };

            NodeJobRecord.prototype.toJSON = function() {
                return NodeJobRecord.toObject(this, $protobuf.util.toJSONOptions);
            };

            NodeJobRecord.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cassandra_mesos.v1.NodeJobRecord";
            };

            return NodeJobRecord;
        })();

        v1.CassandraServerConfig = (function() {

            var CassandraServerConfig = function (properties) {
                this.seeds = [];
                this.yamlOverrides = {};
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            CassandraServerConfig.prototype.clusterName = "";
            CassandraServerConfig.prototype.seeds = $util.emptyArray;
            CassandraServerConfig.prototype.listenAddress = "";
            CassandraServerConfig.prototype.rpcAddress = "";
            CassandraServerConfig.prototype.broadcastAddress = "";
            CassandraServerConfig.prototype.ports = null;
            CassandraServerConfig.prototype.dataDir = "";
            CassandraServerConfig.prototype.endpointSnitch = "";
            CassandraServerConfig.prototype.numTokens = 0;
            CassandraServerConfig.prototype.initialToken = "";
            CassandraServerConfig.prototype.rackDc = null;
            CassandraServerConfig.prototype.heapMb = 0;
            CassandraServerConfig.prototype.yamlOverrides = $util.emptyObject;
            CassandraServerConfig.prototype.replaceAddress = "";
            CassandraServerConfig.prototype.autoBootstrap = false;
            CassandraServerConfig.prototype.jolokiaBind = "";
            CassandraServerConfig.prototype.cassandraVersion = "";

            CassandraServerConfig.create = function(properties) {
                return new CassandraServerConfig(properties);
            };

            CassandraServerConfig.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.clusterName != null && $Object.hasOwnProperty.call(message, "clusterName") && message.clusterName !== "")
                    writer.uint32(10).string(message.clusterName);
                if (message.seeds != null && message.seeds.length)
                    for (var i = 0; i < message.seeds.length; ++i)
                        writer.uint32(18).string(message.seeds[i]);
                if (message.listenAddress != null && $Object.hasOwnProperty.call(message, "listenAddress") && message.listenAddress !== "")
                    writer.uint32(26).string(message.listenAddress);
                if (message.rpcAddress != null && $Object.hasOwnProperty.call(message, "rpcAddress") && message.rpcAddress !== "")
                    writer.uint32(34).string(message.rpcAddress);
                if (message.broadcastAddress != null && $Object.hasOwnProperty.call(message, "broadcastAddress") && message.broadcastAddress !== "")
                    writer.uint32(42).string(message.broadcastAddress);
                if (message.ports != null && $Object.hasOwnProperty.call(message, "ports"))
                    $root.cassandra_mesos.v1.NodePorts.encode(message.ports, writer.uint32(50).fork(), _depth + 1).ldelim();
                if (message.dataDir != null && $Object.hasOwnProperty.call(message, "dataDir") && message.dataDir !== "")
                    writer.uint32(58).string(message.dataDir);
                if (message.endpointSnitch != null && $Object.hasOwnProperty.call(message, "endpointSnitch") && message.endpointSnitch !== "")
                    writer.uint32(66).string(message.endpointSnitch);
                if (message.numTokens != null && $Object.hasOwnProperty.call(message, "numTokens") && message.numTokens !== 0)
                    writer.uint32(72).uint32(message.numTokens);
                if (message.initialToken != null && $Object.hasOwnProperty.call(message, "initialToken") && message.initialToken !== "")
                    writer.uint32(82).string(message.initialToken);
                if (message.rackDc != null && $Object.hasOwnProperty.call(message, "rackDc"))
                    $root.cassandra_mesos.v1.RackDc.encode(message.rackDc, writer.uint32(90).fork(), _depth + 1).ldelim();
                if (message.heapMb != null && $Object.hasOwnProperty.call(message, "heapMb") && message.heapMb !== 0)
                    writer.uint32(96).uint32(message.heapMb);
                if (message.yamlOverrides != null && $Object.hasOwnProperty.call(message, "yamlOverrides"))
                    for (var keys = $Object.keys(message.yamlOverrides), i = 0; i < keys.length; ++i)
                        writer.uint32(106).fork().uint32(10).string(keys[i]).uint32(18).string(message.yamlOverrides[keys[i]]).ldelim();
                if (message.replaceAddress != null && $Object.hasOwnProperty.call(message, "replaceAddress") && message.replaceAddress !== "")
                    writer.uint32(114).string(message.replaceAddress);
                if (message.autoBootstrap != null && $Object.hasOwnProperty.call(message, "autoBootstrap") && message.autoBootstrap !== false)
                    writer.uint32(120).bool(message.autoBootstrap);
                if (message.jolokiaBind != null && $Object.hasOwnProperty.call(message, "jolokiaBind") && message.jolokiaBind !== "")
                    writer.uint32(130).string(message.jolokiaBind);
                if (message.cassandraVersion != null && $Object.hasOwnProperty.call(message, "cassandraVersion") && message.cassandraVersion !== "")
                    writer.uint32(138).string(message.cassandraVersion);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            CassandraServerConfig.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            CassandraServerConfig.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassandra_mesos.v1.CassandraServerConfig();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clusterName = value;
                            else
                                delete message.clusterName;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.seeds && message.seeds.length))
                                message.seeds = [];
                            message.seeds.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.listenAddress = value;
                            else
                                delete message.listenAddress;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.rpcAddress = value;
                            else
                                delete message.rpcAddress;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.broadcastAddress = value;
                            else
                                delete message.broadcastAddress;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.ports = $root.cassandra_mesos.v1.NodePorts.decode(reader, reader.size(), $undefined, _depth + 1, message.ports);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.dataDir = value;
                            else
                                delete message.dataDir;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.endpointSnitch = value;
                            else
                                delete message.endpointSnitch;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.numTokens = value;
                            else
                                delete message.numTokens;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.initialToken = value;
                            else
                                delete message.initialToken;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.rackDc = $root.cassandra_mesos.v1.RackDc.decode(reader, reader.size(), $undefined, _depth + 1, message.rackDc);
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.heapMb = value;
                            else
                                delete message.heapMb;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if (message.yamlOverrides === $util.emptyObject)
                                message.yamlOverrides = {};
                            var end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                var tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.yamlOverrides, key);
                            message.yamlOverrides[key] = value;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.replaceAddress = value;
                            else
                                delete message.replaceAddress;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.autoBootstrap = value;
                            else
                                delete message.autoBootstrap;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.jolokiaBind = value;
                            else
                                delete message.jolokiaBind;
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.cassandraVersion = value;
                            else
                                delete message.cassandraVersion;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            CassandraServerConfig.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            CassandraServerConfig.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.clusterName != null && $Object.hasOwnProperty.call(message, "clusterName"))
                    if (!$util.isString(message.clusterName))
                        return "clusterName: string expected";
                if (message.seeds != null && $Object.hasOwnProperty.call(message, "seeds")) {
                    if (!$Array.isArray(message.seeds))
                        return "seeds: array expected";
                    for (var i = 0; i < message.seeds.length; ++i)
                        if (!$util.isString(message.seeds[i]))
                            return "seeds: string[] expected";
                }
                if (message.listenAddress != null && $Object.hasOwnProperty.call(message, "listenAddress"))
                    if (!$util.isString(message.listenAddress))
                        return "listenAddress: string expected";
                if (message.rpcAddress != null && $Object.hasOwnProperty.call(message, "rpcAddress"))
                    if (!$util.isString(message.rpcAddress))
                        return "rpcAddress: string expected";
                if (message.broadcastAddress != null && $Object.hasOwnProperty.call(message, "broadcastAddress"))
                    if (!$util.isString(message.broadcastAddress))
                        return "broadcastAddress: string expected";
                if (message.ports != null && $Object.hasOwnProperty.call(message, "ports")) {
                    var error = $root.cassandra_mesos.v1.NodePorts.verify(message.ports, _depth + 1);
                    if (error)
                        return "ports." + error;
                }
                if (message.dataDir != null && $Object.hasOwnProperty.call(message, "dataDir"))
                    if (!$util.isString(message.dataDir))
                        return "dataDir: string expected";
                if (message.endpointSnitch != null && $Object.hasOwnProperty.call(message, "endpointSnitch"))
                    if (!$util.isString(message.endpointSnitch))
                        return "endpointSnitch: string expected";
                if (message.numTokens != null && $Object.hasOwnProperty.call(message, "numTokens"))
                    if (!$util.isInteger(message.numTokens))
                        return "numTokens: integer expected";
                if (message.initialToken != null && $Object.hasOwnProperty.call(message, "initialToken"))
                    if (!$util.isString(message.initialToken))
                        return "initialToken: string expected";
                if (message.rackDc != null && $Object.hasOwnProperty.call(message, "rackDc")) {
                    var error = $root.cassandra_mesos.v1.RackDc.verify(message.rackDc, _depth + 1);
                    if (error)
                        return "rackDc." + error;
                }
                if (message.heapMb != null && $Object.hasOwnProperty.call(message, "heapMb"))
                    if (!$util.isInteger(message.heapMb))
                        return "heapMb: integer expected";
                if (message.yamlOverrides != null && $Object.hasOwnProperty.call(message, "yamlOverrides")) {
                    if (!$util.isObject(message.yamlOverrides))
                        return "yamlOverrides: object expected";
                    var key = $Object.keys(message.yamlOverrides);
                    for (var i = 0; i < key.length; ++i)
                        if (!$util.isString(message.yamlOverrides[key[i]]))
                            return "yamlOverrides: string{k:string} expected";
                }
                if (message.replaceAddress != null && $Object.hasOwnProperty.call(message, "replaceAddress"))
                    if (!$util.isString(message.replaceAddress))
                        return "replaceAddress: string expected";
                if (message.autoBootstrap != null && $Object.hasOwnProperty.call(message, "autoBootstrap"))
                    if (typeof message.autoBootstrap !== "boolean")
                        return "autoBootstrap: boolean expected";
                if (message.jolokiaBind != null && $Object.hasOwnProperty.call(message, "jolokiaBind"))
                    if (!$util.isString(message.jolokiaBind))
                        return "jolokiaBind: string expected";
                if (message.cassandraVersion != null && $Object.hasOwnProperty.call(message, "cassandraVersion"))
                    if (!$util.isString(message.cassandraVersion))
                        return "cassandraVersion: string expected";
                return null;
            };

            CassandraServerConfig.fromObject = function (object, _depth) {
                if (object instanceof $root.cassandra_mesos.v1.CassandraServerConfig)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cassandra_mesos.v1.CassandraServerConfig: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.cassandra_mesos.v1.CassandraServerConfig();
                if (object.clusterName != null)
                    if (typeof object.clusterName !== "string" || object.clusterName.length)
                        message.clusterName = $String(object.clusterName);
                if (object.seeds) {
                    if (!$Array.isArray(object.seeds))
                        throw $TypeError(".cassandra_mesos.v1.CassandraServerConfig.seeds: array expected");
                    message.seeds = $Array(object.seeds.length);
                    for (var i = 0; i < object.seeds.length; ++i)
                        message.seeds[i] = $String(object.seeds[i]);
                }
                if (object.listenAddress != null)
                    if (typeof object.listenAddress !== "string" || object.listenAddress.length)
                        message.listenAddress = $String(object.listenAddress);
                if (object.rpcAddress != null)
                    if (typeof object.rpcAddress !== "string" || object.rpcAddress.length)
                        message.rpcAddress = $String(object.rpcAddress);
                if (object.broadcastAddress != null)
                    if (typeof object.broadcastAddress !== "string" || object.broadcastAddress.length)
                        message.broadcastAddress = $String(object.broadcastAddress);
                if (object.ports != null) {
                    if (!$util.isObject(object.ports))
                        throw $TypeError(".cassandra_mesos.v1.CassandraServerConfig.ports: object expected");
                    message.ports = $root.cassandra_mesos.v1.NodePorts.fromObject(object.ports, _depth + 1);
                }
                if (object.dataDir != null)
                    if (typeof object.dataDir !== "string" || object.dataDir.length)
                        message.dataDir = $String(object.dataDir);
                if (object.endpointSnitch != null)
                    if (typeof object.endpointSnitch !== "string" || object.endpointSnitch.length)
                        message.endpointSnitch = $String(object.endpointSnitch);
                if (object.numTokens != null)
                    if ($Number(object.numTokens) !== 0)
                        message.numTokens = object.numTokens >>> 0;
                if (object.initialToken != null)
                    if (typeof object.initialToken !== "string" || object.initialToken.length)
                        message.initialToken = $String(object.initialToken);
                if (object.rackDc != null) {
                    if (!$util.isObject(object.rackDc))
                        throw $TypeError(".cassandra_mesos.v1.CassandraServerConfig.rackDc: object expected");
                    message.rackDc = $root.cassandra_mesos.v1.RackDc.fromObject(object.rackDc, _depth + 1);
                }
                if (object.heapMb != null)
                    if ($Number(object.heapMb) !== 0)
                        message.heapMb = object.heapMb >>> 0;
                if (object.yamlOverrides) {
                    if (!$util.isObject(object.yamlOverrides))
                        throw $TypeError(".cassandra_mesos.v1.CassandraServerConfig.yamlOverrides: object expected");
                    message.yamlOverrides = {};
                    for (var keys = $Object.keys(object.yamlOverrides), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.yamlOverrides, keys[i]);
                        message.yamlOverrides[keys[i]] = $String(object.yamlOverrides[keys[i]]);
                    }
                }
                if (object.replaceAddress != null)
                    if (typeof object.replaceAddress !== "string" || object.replaceAddress.length)
                        message.replaceAddress = $String(object.replaceAddress);
                if (object.autoBootstrap != null)
                    if (object.autoBootstrap)
                        message.autoBootstrap = $Boolean(object.autoBootstrap);
                if (object.jolokiaBind != null)
                    if (typeof object.jolokiaBind !== "string" || object.jolokiaBind.length)
                        message.jolokiaBind = $String(object.jolokiaBind);
                if (object.cassandraVersion != null)
                    if (typeof object.cassandraVersion !== "string" || object.cassandraVersion.length)
                        message.cassandraVersion = $String(object.cassandraVersion);
                return message;
            };

            CassandraServerConfig.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults)
                    object.seeds = [];
                if (options.objects || options.defaults)
                    object.yamlOverrides = {};
                if (options.defaults) {
                    object.clusterName = "";
                    object.listenAddress = "";
                    object.rpcAddress = "";
                    object.broadcastAddress = "";
                    object.ports = null;
                    object.dataDir = "";
                    object.endpointSnitch = "";
                    object.numTokens = 0;
                    object.initialToken = "";
                    object.rackDc = null;
                    object.heapMb = 0;
                    object.replaceAddress = "";
                    object.autoBootstrap = false;
                    object.jolokiaBind = "";
                    object.cassandraVersion = "";
                }
                if (message.clusterName != null && $Object.hasOwnProperty.call(message, "clusterName"))
                    object.clusterName = message.clusterName;
                if (message.seeds && message.seeds.length) {
                    object.seeds = $Array(message.seeds.length);
                    for (var j = 0; j < message.seeds.length; ++j)
                        object.seeds[j] = message.seeds[j];
                }
                if (message.listenAddress != null && $Object.hasOwnProperty.call(message, "listenAddress"))
                    object.listenAddress = message.listenAddress;
                if (message.rpcAddress != null && $Object.hasOwnProperty.call(message, "rpcAddress"))
                    object.rpcAddress = message.rpcAddress;
                if (message.broadcastAddress != null && $Object.hasOwnProperty.call(message, "broadcastAddress"))
                    object.broadcastAddress = message.broadcastAddress;
                if (message.ports != null && $Object.hasOwnProperty.call(message, "ports"))
                    object.ports = $root.cassandra_mesos.v1.NodePorts.toObject(message.ports, options, _depth + 1);
                if (message.dataDir != null && $Object.hasOwnProperty.call(message, "dataDir"))
                    object.dataDir = message.dataDir;
                if (message.endpointSnitch != null && $Object.hasOwnProperty.call(message, "endpointSnitch"))
                    object.endpointSnitch = message.endpointSnitch;
                if (message.numTokens != null && $Object.hasOwnProperty.call(message, "numTokens"))
                    object.numTokens = message.numTokens;
                if (message.initialToken != null && $Object.hasOwnProperty.call(message, "initialToken"))
                    object.initialToken = message.initialToken;
                if (message.rackDc != null && $Object.hasOwnProperty.call(message, "rackDc"))
                    object.rackDc = $root.cassandra_mesos.v1.RackDc.toObject(message.rackDc, options, _depth + 1);
                if (message.heapMb != null && $Object.hasOwnProperty.call(message, "heapMb"))
                    object.heapMb = message.heapMb;
                var keys2;
                if (message.yamlOverrides && (keys2 = $Object.keys(message.yamlOverrides)).length) {
                    object.yamlOverrides = {};
                    for (var j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.yamlOverrides, keys2[j]);
                        object.yamlOverrides[keys2[j]] = message.yamlOverrides[keys2[j]];
                    }
                }
                if (message.replaceAddress != null && $Object.hasOwnProperty.call(message, "replaceAddress"))
                    object.replaceAddress = message.replaceAddress;
                if (message.autoBootstrap != null && $Object.hasOwnProperty.call(message, "autoBootstrap"))
                    object.autoBootstrap = message.autoBootstrap;
                if (message.jolokiaBind != null && $Object.hasOwnProperty.call(message, "jolokiaBind"))
                    object.jolokiaBind = message.jolokiaBind;
                if (message.cassandraVersion != null && $Object.hasOwnProperty.call(message, "cassandraVersion"))
                    object.cassandraVersion = message.cassandraVersion;
                return object;
            };

            CassandraServerConfig.prototype.toJSON = function() {
                return CassandraServerConfig.toObject(this, $protobuf.util.toJSONOptions);
            };

            CassandraServerConfig.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cassandra_mesos.v1.CassandraServerConfig";
            };

            return CassandraServerConfig;
        })();

        v1.ServerTask = (function() {

            var ServerTask = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ServerTask.prototype.config = null;
            ServerTask.prototype.healthCheckIntervalSeconds = 0;
            ServerTask.prototype.configId = "";

            ServerTask.create = function(properties) {
                return new ServerTask(properties);
            };

            ServerTask.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.config != null && $Object.hasOwnProperty.call(message, "config"))
                    $root.cassandra_mesos.v1.CassandraServerConfig.encode(message.config, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.healthCheckIntervalSeconds != null && $Object.hasOwnProperty.call(message, "healthCheckIntervalSeconds") && message.healthCheckIntervalSeconds !== 0)
                    writer.uint32(16).uint32(message.healthCheckIntervalSeconds);
                if (message.configId != null && $Object.hasOwnProperty.call(message, "configId") && message.configId !== "")
                    writer.uint32(26).string(message.configId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ServerTask.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            ServerTask.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassandra_mesos.v1.ServerTask();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.config = $root.cassandra_mesos.v1.CassandraServerConfig.decode(reader, reader.size(), $undefined, _depth + 1, message.config);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.healthCheckIntervalSeconds = value;
                            else
                                delete message.healthCheckIntervalSeconds;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.configId = value;
                            else
                                delete message.configId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ServerTask.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            ServerTask.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.config != null && $Object.hasOwnProperty.call(message, "config")) {
                    var error = $root.cassandra_mesos.v1.CassandraServerConfig.verify(message.config, _depth + 1);
                    if (error)
                        return "config." + error;
                }
                if (message.healthCheckIntervalSeconds != null && $Object.hasOwnProperty.call(message, "healthCheckIntervalSeconds"))
                    if (!$util.isInteger(message.healthCheckIntervalSeconds))
                        return "healthCheckIntervalSeconds: integer expected";
                if (message.configId != null && $Object.hasOwnProperty.call(message, "configId"))
                    if (!$util.isString(message.configId))
                        return "configId: string expected";
                return null;
            };

            ServerTask.fromObject = function (object, _depth) {
                if (object instanceof $root.cassandra_mesos.v1.ServerTask)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cassandra_mesos.v1.ServerTask: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.cassandra_mesos.v1.ServerTask();
                if (object.config != null) {
                    if (!$util.isObject(object.config))
                        throw $TypeError(".cassandra_mesos.v1.ServerTask.config: object expected");
                    message.config = $root.cassandra_mesos.v1.CassandraServerConfig.fromObject(object.config, _depth + 1);
                }
                if (object.healthCheckIntervalSeconds != null)
                    if ($Number(object.healthCheckIntervalSeconds) !== 0)
                        message.healthCheckIntervalSeconds = object.healthCheckIntervalSeconds >>> 0;
                if (object.configId != null)
                    if (typeof object.configId !== "string" || object.configId.length)
                        message.configId = $String(object.configId);
                return message;
            };

            ServerTask.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.config = null;
                    object.healthCheckIntervalSeconds = 0;
                    object.configId = "";
                }
                if (message.config != null && $Object.hasOwnProperty.call(message, "config"))
                    object.config = $root.cassandra_mesos.v1.CassandraServerConfig.toObject(message.config, options, _depth + 1);
                if (message.healthCheckIntervalSeconds != null && $Object.hasOwnProperty.call(message, "healthCheckIntervalSeconds"))
                    object.healthCheckIntervalSeconds = message.healthCheckIntervalSeconds;
                if (message.configId != null && $Object.hasOwnProperty.call(message, "configId"))
                    object.configId = message.configId;
                return object;
            };

            ServerTask.prototype.toJSON = function() {
                return ServerTask.toObject(this, $protobuf.util.toJSONOptions);
            };

            ServerTask.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cassandra_mesos.v1.ServerTask";
            };

            return ServerTask;
        })();

        v1.ConfigUpdateTask = (function() {

            var ConfigUpdateTask = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ConfigUpdateTask.prototype.config = null;
            ConfigUpdateTask.prototype.configId = "";

            ConfigUpdateTask.create = function(properties) {
                return new ConfigUpdateTask(properties);
            };

            ConfigUpdateTask.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.config != null && $Object.hasOwnProperty.call(message, "config"))
                    $root.cassandra_mesos.v1.CassandraServerConfig.encode(message.config, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.configId != null && $Object.hasOwnProperty.call(message, "configId") && message.configId !== "")
                    writer.uint32(18).string(message.configId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ConfigUpdateTask.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            ConfigUpdateTask.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassandra_mesos.v1.ConfigUpdateTask();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.config = $root.cassandra_mesos.v1.CassandraServerConfig.decode(reader, reader.size(), $undefined, _depth + 1, message.config);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.configId = value;
                            else
                                delete message.configId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ConfigUpdateTask.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            ConfigUpdateTask.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.config != null && $Object.hasOwnProperty.call(message, "config")) {
                    var error = $root.cassandra_mesos.v1.CassandraServerConfig.verify(message.config, _depth + 1);
                    if (error)
                        return "config." + error;
                }
                if (message.configId != null && $Object.hasOwnProperty.call(message, "configId"))
                    if (!$util.isString(message.configId))
                        return "configId: string expected";
                return null;
            };

            ConfigUpdateTask.fromObject = function (object, _depth) {
                if (object instanceof $root.cassandra_mesos.v1.ConfigUpdateTask)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cassandra_mesos.v1.ConfigUpdateTask: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.cassandra_mesos.v1.ConfigUpdateTask();
                if (object.config != null) {
                    if (!$util.isObject(object.config))
                        throw $TypeError(".cassandra_mesos.v1.ConfigUpdateTask.config: object expected");
                    message.config = $root.cassandra_mesos.v1.CassandraServerConfig.fromObject(object.config, _depth + 1);
                }
                if (object.configId != null)
                    if (typeof object.configId !== "string" || object.configId.length)
                        message.configId = $String(object.configId);
                return message;
            };

            ConfigUpdateTask.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.config = null;
                    object.configId = "";
                }
                if (message.config != null && $Object.hasOwnProperty.call(message, "config"))
                    object.config = $root.cassandra_mesos.v1.CassandraServerConfig.toObject(message.config, options, _depth + 1);
                if (message.configId != null && $Object.hasOwnProperty.call(message, "configId"))
                    object.configId = message.configId;
                return object;
            };

            ConfigUpdateTask.prototype.toJSON = function() {
                return ConfigUpdateTask.toObject(this, $protobuf.util.toJSONOptions);
            };

            ConfigUpdateTask.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cassandra_mesos.v1.ConfigUpdateTask";
            };

            return ConfigUpdateTask;
        })();

        v1.NodeJobTask = (function() {

            var NodeJobTask = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            NodeJobTask.prototype.jobId = "";
            NodeJobTask.prototype.type = 0;
            NodeJobTask.prototype.params = null;
            NodeJobTask.prototype.timeoutSeconds = 0;
            NodeJobTask.prototype.stage = 0;
            NodeJobTask.prototype.clusterName = "";
            NodeJobTask.prototype.sourceNodeId = "";
            NodeJobTask.prototype.truncate = false;
            NodeJobTask.prototype.credentials = null;

            NodeJobTask.create = function(properties) {
                return new NodeJobTask(properties);
            };

            NodeJobTask.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && message.jobId !== "")
                    writer.uint32(10).string(message.jobId);
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                    writer.uint32(16).int32(message.type);
                if (message.params != null && $Object.hasOwnProperty.call(message, "params"))
                    $root.cassandra_mesos.v1.JobParams.encode(message.params, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.timeoutSeconds != null && $Object.hasOwnProperty.call(message, "timeoutSeconds") && message.timeoutSeconds !== 0)
                    writer.uint32(32).uint32(message.timeoutSeconds);
                if (message.stage != null && $Object.hasOwnProperty.call(message, "stage") && message.stage !== 0)
                    writer.uint32(40).int32(message.stage);
                if (message.clusterName != null && $Object.hasOwnProperty.call(message, "clusterName") && message.clusterName !== "")
                    writer.uint32(50).string(message.clusterName);
                if (message.sourceNodeId != null && $Object.hasOwnProperty.call(message, "sourceNodeId") && message.sourceNodeId !== "")
                    writer.uint32(58).string(message.sourceNodeId);
                if (message.truncate != null && $Object.hasOwnProperty.call(message, "truncate") && message.truncate !== false)
                    writer.uint32(64).bool(message.truncate);
                if (message.credentials != null && $Object.hasOwnProperty.call(message, "credentials"))
                    $root.cassandra_mesos.v1.StorageCredentials.encode(message.credentials, writer.uint32(74).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            NodeJobTask.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            NodeJobTask.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassandra_mesos.v1.NodeJobTask();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.jobId = value;
                            else
                                delete message.jobId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.params = $root.cassandra_mesos.v1.JobParams.decode(reader, reader.size(), $undefined, _depth + 1, message.params);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.timeoutSeconds = value;
                            else
                                delete message.timeoutSeconds;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.stage = value;
                            else
                                delete message.stage;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clusterName = value;
                            else
                                delete message.clusterName;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sourceNodeId = value;
                            else
                                delete message.sourceNodeId;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.truncate = value;
                            else
                                delete message.truncate;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.credentials = $root.cassandra_mesos.v1.StorageCredentials.decode(reader, reader.size(), $undefined, _depth + 1, message.credentials);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            NodeJobTask.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            NodeJobTask.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                    if (!$util.isString(message.jobId))
                        return "jobId: string expected";
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    if (typeof message.type !== "number" || (message.type | 0) !== message.type)
                        return "type: enum value expected";
                if (message.params != null && $Object.hasOwnProperty.call(message, "params")) {
                    var error = $root.cassandra_mesos.v1.JobParams.verify(message.params, _depth + 1);
                    if (error)
                        return "params." + error;
                }
                if (message.timeoutSeconds != null && $Object.hasOwnProperty.call(message, "timeoutSeconds"))
                    if (!$util.isInteger(message.timeoutSeconds))
                        return "timeoutSeconds: integer expected";
                if (message.stage != null && $Object.hasOwnProperty.call(message, "stage"))
                    if (typeof message.stage !== "number" || (message.stage | 0) !== message.stage)
                        return "stage: enum value expected";
                if (message.clusterName != null && $Object.hasOwnProperty.call(message, "clusterName"))
                    if (!$util.isString(message.clusterName))
                        return "clusterName: string expected";
                if (message.sourceNodeId != null && $Object.hasOwnProperty.call(message, "sourceNodeId"))
                    if (!$util.isString(message.sourceNodeId))
                        return "sourceNodeId: string expected";
                if (message.truncate != null && $Object.hasOwnProperty.call(message, "truncate"))
                    if (typeof message.truncate !== "boolean")
                        return "truncate: boolean expected";
                if (message.credentials != null && $Object.hasOwnProperty.call(message, "credentials")) {
                    var error = $root.cassandra_mesos.v1.StorageCredentials.verify(message.credentials, _depth + 1);
                    if (error)
                        return "credentials." + error;
                }
                return null;
            };

            NodeJobTask.fromObject = function (object, _depth) {
                if (object instanceof $root.cassandra_mesos.v1.NodeJobTask)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cassandra_mesos.v1.NodeJobTask: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.cassandra_mesos.v1.NodeJobTask();
                if (object.jobId != null)
                    if (typeof object.jobId !== "string" || object.jobId.length)
                        message.jobId = $String(object.jobId);
                if (object.type !== 0 && (typeof object.type !== "string" || $root.cassandra_mesos.v1.ClusterJobType[object.type] !== 0))
                    switch (object.type) {
                    case "CLUSTER_JOB_TYPE_UNSPECIFIED":
                    case 0:
                        message.type = 0;
                        break;
                    case "CLEANUP":
                    case 1:
                        message.type = 1;
                        break;
                    case "REPAIR":
                    case 2:
                        message.type = 2;
                        break;
                    case "ROLLING_RESTART":
                    case 3:
                        message.type = 3;
                        break;
                    case "BACKUP":
                    case 4:
                        message.type = 4;
                        break;
                    case "RESTORE":
                    case 5:
                        message.type = 5;
                        break;
                    case "UPGRADE":
                    case 6:
                        message.type = 6;
                        break;
                    case "CONFIG_ROLLOUT":
                    case 7:
                        message.type = 7;
                        break;
                    case "FLUSH":
                    case 8:
                        message.type = 8;
                        break;
                    default:
                        if (typeof object.type === "number" && (object.type | 0) === object.type)
                            message.type = object.type;
                    }
                if (object.params != null) {
                    if (!$util.isObject(object.params))
                        throw $TypeError(".cassandra_mesos.v1.NodeJobTask.params: object expected");
                    message.params = $root.cassandra_mesos.v1.JobParams.fromObject(object.params, _depth + 1);
                }
                if (object.timeoutSeconds != null)
                    if ($Number(object.timeoutSeconds) !== 0)
                        message.timeoutSeconds = object.timeoutSeconds >>> 0;
                if (object.stage !== 0 && (typeof object.stage !== "string" || $root.cassandra_mesos.v1.JobStage[object.stage] !== 0))
                    switch (object.stage) {
                    case "JOB_STAGE_UNSPECIFIED":
                    case 0:
                        message.stage = 0;
                        break;
                    case "BACKUP_PAUSE":
                    case 1:
                        message.stage = 1;
                        break;
                    case "BACKUP_SNAPSHOT":
                    case 2:
                        message.stage = 2;
                        break;
                    case "BACKUP_UPLOAD":
                    case 3:
                        message.stage = 3;
                        break;
                    case "BACKUP_COMMIT":
                    case 4:
                        message.stage = 4;
                        break;
                    case "RESTORE_DOWNLOAD":
                    case 5:
                        message.stage = 5;
                        break;
                    case "RESTORE_IMPORT":
                    case 6:
                        message.stage = 6;
                        break;
                    default:
                        if (typeof object.stage === "number" && (object.stage | 0) === object.stage)
                            message.stage = object.stage;
                    }
                if (object.clusterName != null)
                    if (typeof object.clusterName !== "string" || object.clusterName.length)
                        message.clusterName = $String(object.clusterName);
                if (object.sourceNodeId != null)
                    if (typeof object.sourceNodeId !== "string" || object.sourceNodeId.length)
                        message.sourceNodeId = $String(object.sourceNodeId);
                if (object.truncate != null)
                    if (object.truncate)
                        message.truncate = $Boolean(object.truncate);
                if (object.credentials != null) {
                    if (!$util.isObject(object.credentials))
                        throw $TypeError(".cassandra_mesos.v1.NodeJobTask.credentials: object expected");
                    message.credentials = $root.cassandra_mesos.v1.StorageCredentials.fromObject(object.credentials, _depth + 1);
                }
                return message;
            };

            NodeJobTask.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.jobId = "";
                    object.type = options.enums === $String ? "CLUSTER_JOB_TYPE_UNSPECIFIED" : 0;
                    object.params = null;
                    object.timeoutSeconds = 0;
                    object.stage = options.enums === $String ? "JOB_STAGE_UNSPECIFIED" : 0;
                    object.clusterName = "";
                    object.sourceNodeId = "";
                    object.truncate = false;
                    object.credentials = null;
                }
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                    object.jobId = message.jobId;
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = options.enums === $String ? $root.cassandra_mesos.v1.ClusterJobType[message.type] === $undefined ? message.type : $root.cassandra_mesos.v1.ClusterJobType[message.type] : message.type;
                if (message.params != null && $Object.hasOwnProperty.call(message, "params"))
                    object.params = $root.cassandra_mesos.v1.JobParams.toObject(message.params, options, _depth + 1);
                if (message.timeoutSeconds != null && $Object.hasOwnProperty.call(message, "timeoutSeconds"))
                    object.timeoutSeconds = message.timeoutSeconds;
                if (message.stage != null && $Object.hasOwnProperty.call(message, "stage"))
                    object.stage = options.enums === $String ? $root.cassandra_mesos.v1.JobStage[message.stage] === $undefined ? message.stage : $root.cassandra_mesos.v1.JobStage[message.stage] : message.stage;
                if (message.clusterName != null && $Object.hasOwnProperty.call(message, "clusterName"))
                    object.clusterName = message.clusterName;
                if (message.sourceNodeId != null && $Object.hasOwnProperty.call(message, "sourceNodeId"))
                    object.sourceNodeId = message.sourceNodeId;
                if (message.truncate != null && $Object.hasOwnProperty.call(message, "truncate"))
                    object.truncate = message.truncate;
                if (message.credentials != null && $Object.hasOwnProperty.call(message, "credentials"))
                    object.credentials = $root.cassandra_mesos.v1.StorageCredentials.toObject(message.credentials, options, _depth + 1);
                return object;
            };

            NodeJobTask.prototype.toJSON = function() {
                return NodeJobTask.toObject(this, $protobuf.util.toJSONOptions);
            };

            NodeJobTask.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cassandra_mesos.v1.NodeJobTask";
            };

            return NodeJobTask;
        })();

        v1.StorageCredentials = (function() {

            var StorageCredentials = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            StorageCredentials.prototype.accessKeyId = "";
            StorageCredentials.prototype.secretAccessKey = "";
            StorageCredentials.prototype.sessionToken = "";

            StorageCredentials.create = function(properties) {
                return new StorageCredentials(properties);
            };

            StorageCredentials.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.accessKeyId != null && $Object.hasOwnProperty.call(message, "accessKeyId") && message.accessKeyId !== "")
                    writer.uint32(10).string(message.accessKeyId);
                if (message.secretAccessKey != null && $Object.hasOwnProperty.call(message, "secretAccessKey") && message.secretAccessKey !== "")
                    writer.uint32(18).string(message.secretAccessKey);
                if (message.sessionToken != null && $Object.hasOwnProperty.call(message, "sessionToken") && message.sessionToken !== "")
                    writer.uint32(26).string(message.sessionToken);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            StorageCredentials.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            StorageCredentials.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassandra_mesos.v1.StorageCredentials();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.accessKeyId = value;
                            else
                                delete message.accessKeyId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.secretAccessKey = value;
                            else
                                delete message.secretAccessKey;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sessionToken = value;
                            else
                                delete message.sessionToken;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            StorageCredentials.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            StorageCredentials.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.accessKeyId != null && $Object.hasOwnProperty.call(message, "accessKeyId"))
                    if (!$util.isString(message.accessKeyId))
                        return "accessKeyId: string expected";
                if (message.secretAccessKey != null && $Object.hasOwnProperty.call(message, "secretAccessKey"))
                    if (!$util.isString(message.secretAccessKey))
                        return "secretAccessKey: string expected";
                if (message.sessionToken != null && $Object.hasOwnProperty.call(message, "sessionToken"))
                    if (!$util.isString(message.sessionToken))
                        return "sessionToken: string expected";
                return null;
            };

            StorageCredentials.fromObject = function (object, _depth) {
                if (object instanceof $root.cassandra_mesos.v1.StorageCredentials)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cassandra_mesos.v1.StorageCredentials: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.cassandra_mesos.v1.StorageCredentials();
                if (object.accessKeyId != null)
                    if (typeof object.accessKeyId !== "string" || object.accessKeyId.length)
                        message.accessKeyId = $String(object.accessKeyId);
                if (object.secretAccessKey != null)
                    if (typeof object.secretAccessKey !== "string" || object.secretAccessKey.length)
                        message.secretAccessKey = $String(object.secretAccessKey);
                if (object.sessionToken != null)
                    if (typeof object.sessionToken !== "string" || object.sessionToken.length)
                        message.sessionToken = $String(object.sessionToken);
                return message;
            };

            StorageCredentials.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.accessKeyId = "";
                    object.secretAccessKey = "";
                    object.sessionToken = "";
                }
                if (message.accessKeyId != null && $Object.hasOwnProperty.call(message, "accessKeyId"))
                    object.accessKeyId = message.accessKeyId;
                if (message.secretAccessKey != null && $Object.hasOwnProperty.call(message, "secretAccessKey"))
                    object.secretAccessKey = message.secretAccessKey;
                if (message.sessionToken != null && $Object.hasOwnProperty.call(message, "sessionToken"))
                    object.sessionToken = message.sessionToken;
                return object;
            };

            StorageCredentials.prototype.toJSON = function() {
                return StorageCredentials.toObject(this, $protobuf.util.toJSONOptions);
            };

            StorageCredentials.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cassandra_mesos.v1.StorageCredentials";
            };

            return StorageCredentials;
        })();

        v1.TaskDetails = (function() {

            var TaskDetails = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            TaskDetails.prototype.protocolVersion = 0;
            TaskDetails.prototype.nodeId = "";
            TaskDetails.prototype.server = null;
            TaskDetails.prototype.nodeJob = null;
            TaskDetails.prototype.configUpdate = null;

            var $oneOfFields;

            $Object.defineProperty(TaskDetails.prototype, "task", {
                get: $util.oneOfGetter($oneOfFields = ["server", "nodeJob", "configUpdate"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            TaskDetails.create = function(properties) {
                return new TaskDetails(properties);
            };

            TaskDetails.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                    writer.uint32(8).uint32(message.protocolVersion);
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && message.nodeId !== "")
                    writer.uint32(18).string(message.nodeId);
                if (message.server != null && $Object.hasOwnProperty.call(message, "server"))
                    $root.cassandra_mesos.v1.ServerTask.encode(message.server, writer.uint32(82).fork(), _depth + 1).ldelim();
                if (message.nodeJob != null && $Object.hasOwnProperty.call(message, "nodeJob"))
                    $root.cassandra_mesos.v1.NodeJobTask.encode(message.nodeJob, writer.uint32(90).fork(), _depth + 1).ldelim();
                if (message.configUpdate != null && $Object.hasOwnProperty.call(message, "configUpdate"))
                    $root.cassandra_mesos.v1.ConfigUpdateTask.encode(message.configUpdate, writer.uint32(98).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            TaskDetails.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            TaskDetails.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassandra_mesos.v1.TaskDetails();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.protocolVersion = value;
                            else
                                delete message.protocolVersion;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.nodeId = value;
                            else
                                delete message.nodeId;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.server = $root.cassandra_mesos.v1.ServerTask.decode(reader, reader.size(), $undefined, _depth + 1, message.server);
                            message.task = "server";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.nodeJob = $root.cassandra_mesos.v1.NodeJobTask.decode(reader, reader.size(), $undefined, _depth + 1, message.nodeJob);
                            message.task = "nodeJob";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.configUpdate = $root.cassandra_mesos.v1.ConfigUpdateTask.decode(reader, reader.size(), $undefined, _depth + 1, message.configUpdate);
                            message.task = "configUpdate";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            TaskDetails.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            TaskDetails.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                var properties = {};
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                    if (!$util.isInteger(message.protocolVersion))
                        return "protocolVersion: integer expected";
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                    if (!$util.isString(message.nodeId))
                        return "nodeId: string expected";
                if (message.server != null && $Object.hasOwnProperty.call(message, "server")) {
                    properties.task = 1;
                    {
                        var error = $root.cassandra_mesos.v1.ServerTask.verify(message.server, _depth + 1);
                        if (error)
                            return "server." + error;
                    }
                }
                if (message.nodeJob != null && $Object.hasOwnProperty.call(message, "nodeJob")) {
                    if (properties.task === 1)
                        return "task: multiple values";
                    properties.task = 1;
                    {
                        var error = $root.cassandra_mesos.v1.NodeJobTask.verify(message.nodeJob, _depth + 1);
                        if (error)
                            return "nodeJob." + error;
                    }
                }
                if (message.configUpdate != null && $Object.hasOwnProperty.call(message, "configUpdate")) {
                    if (properties.task === 1)
                        return "task: multiple values";
                    properties.task = 1;
                    {
                        var error = $root.cassandra_mesos.v1.ConfigUpdateTask.verify(message.configUpdate, _depth + 1);
                        if (error)
                            return "configUpdate." + error;
                    }
                }
                return null;
            };

            TaskDetails.fromObject = function (object, _depth) {
                if (object instanceof $root.cassandra_mesos.v1.TaskDetails)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cassandra_mesos.v1.TaskDetails: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.cassandra_mesos.v1.TaskDetails();
                if (object.protocolVersion != null)
                    if ($Number(object.protocolVersion) !== 0)
                        message.protocolVersion = object.protocolVersion >>> 0;
                if (object.nodeId != null)
                    if (typeof object.nodeId !== "string" || object.nodeId.length)
                        message.nodeId = $String(object.nodeId);
                if (object.server != null) {
                    if (!$util.isObject(object.server))
                        throw $TypeError(".cassandra_mesos.v1.TaskDetails.server: object expected");
                    message.server = $root.cassandra_mesos.v1.ServerTask.fromObject(object.server, _depth + 1);
                }
                if (object.nodeJob != null) {
                    if (!$util.isObject(object.nodeJob))
                        throw $TypeError(".cassandra_mesos.v1.TaskDetails.nodeJob: object expected");
                    message.nodeJob = $root.cassandra_mesos.v1.NodeJobTask.fromObject(object.nodeJob, _depth + 1);
                }
                if (object.configUpdate != null) {
                    if (!$util.isObject(object.configUpdate))
                        throw $TypeError(".cassandra_mesos.v1.TaskDetails.configUpdate: object expected");
                    message.configUpdate = $root.cassandra_mesos.v1.ConfigUpdateTask.fromObject(object.configUpdate, _depth + 1);
                }
                return message;
            };

            TaskDetails.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.protocolVersion = 0;
                    object.nodeId = "";
                }
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                    object.protocolVersion = message.protocolVersion;
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                    object.nodeId = message.nodeId;
                if (message.server != null && $Object.hasOwnProperty.call(message, "server")) {
                    object.server = $root.cassandra_mesos.v1.ServerTask.toObject(message.server, options, _depth + 1);
                    if (options.oneofs)
                        object.task = "server";
                }
                if (message.nodeJob != null && $Object.hasOwnProperty.call(message, "nodeJob")) {
                    object.nodeJob = $root.cassandra_mesos.v1.NodeJobTask.toObject(message.nodeJob, options, _depth + 1);
                    if (options.oneofs)
                        object.task = "nodeJob";
                }
                if (message.configUpdate != null && $Object.hasOwnProperty.call(message, "configUpdate")) {
                    object.configUpdate = $root.cassandra_mesos.v1.ConfigUpdateTask.toObject(message.configUpdate, options, _depth + 1);
                    if (options.oneofs)
                        object.task = "configUpdate";
                }
                return object;
            };

            TaskDetails.prototype.toJSON = function() {
                return TaskDetails.toObject(this, $protobuf.util.toJSONOptions);
            };

            TaskDetails.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cassandra_mesos.v1.TaskDetails";
            };

            return TaskDetails;
        })();

        v1.SchedulerMessage = (function() {

            var SchedulerMessage = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            SchedulerMessage.prototype.protocolVersion = 0;
            SchedulerMessage.prototype.sequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            SchedulerMessage.prototype.sentAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            SchedulerMessage.prototype.jobStatusRequest = null;
            SchedulerMessage.prototype.abortNodeJob = null;
            SchedulerMessage.prototype.healthCheckRequest = null;
            SchedulerMessage.prototype.metadataRequest = null;
            SchedulerMessage.prototype.decommissionRequest = null;
            SchedulerMessage.prototype.removeNodeRequest = null;
            SchedulerMessage.prototype.snapshotRequest = null;
            SchedulerMessage.prototype.clearSnapshotRequest = null;

            var $oneOfFields;

            $Object.defineProperty(SchedulerMessage.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["jobStatusRequest", "abortNodeJob", "healthCheckRequest", "metadataRequest", "decommissionRequest", "removeNodeRequest", "snapshotRequest", "clearSnapshotRequest"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            SchedulerMessage.create = function(properties) {
                return new SchedulerMessage(properties);
            };

            SchedulerMessage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                    writer.uint32(8).uint32(message.protocolVersion);
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence") && (typeof message.sequence === "object" ? message.sequence.low || message.sequence.high : message.sequence !== 0))
                    writer.uint32(16).uint64(message.sequence);
                if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs") && (typeof message.sentAtMs === "object" ? message.sentAtMs.low || message.sentAtMs.high : message.sentAtMs !== 0))
                    writer.uint32(24).int64(message.sentAtMs);
                if (message.jobStatusRequest != null && $Object.hasOwnProperty.call(message, "jobStatusRequest"))
                    $root.cassandra_mesos.v1.JobStatusRequest.encode(message.jobStatusRequest, writer.uint32(82).fork(), _depth + 1).ldelim();
                if (message.abortNodeJob != null && $Object.hasOwnProperty.call(message, "abortNodeJob"))
                    $root.cassandra_mesos.v1.AbortNodeJob.encode(message.abortNodeJob, writer.uint32(90).fork(), _depth + 1).ldelim();
                if (message.healthCheckRequest != null && $Object.hasOwnProperty.call(message, "healthCheckRequest"))
                    $root.cassandra_mesos.v1.HealthCheckRequest.encode(message.healthCheckRequest, writer.uint32(98).fork(), _depth + 1).ldelim();
                if (message.metadataRequest != null && $Object.hasOwnProperty.call(message, "metadataRequest"))
                    $root.cassandra_mesos.v1.MetadataRequest.encode(message.metadataRequest, writer.uint32(106).fork(), _depth + 1).ldelim();
                if (message.decommissionRequest != null && $Object.hasOwnProperty.call(message, "decommissionRequest"))
                    $root.cassandra_mesos.v1.DecommissionRequest.encode(message.decommissionRequest, writer.uint32(114).fork(), _depth + 1).ldelim();
                if (message.removeNodeRequest != null && $Object.hasOwnProperty.call(message, "removeNodeRequest"))
                    $root.cassandra_mesos.v1.RemoveNodeRequest.encode(message.removeNodeRequest, writer.uint32(122).fork(), _depth + 1).ldelim();
                if (message.snapshotRequest != null && $Object.hasOwnProperty.call(message, "snapshotRequest"))
                    $root.cassandra_mesos.v1.SnapshotRequest.encode(message.snapshotRequest, writer.uint32(130).fork(), _depth + 1).ldelim();
                if (message.clearSnapshotRequest != null && $Object.hasOwnProperty.call(message, "clearSnapshotRequest"))
                    $root.cassandra_mesos.v1.ClearSnapshotRequest.encode(message.clearSnapshotRequest, writer.uint32(138).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            SchedulerMessage.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            SchedulerMessage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassandra_mesos.v1.SchedulerMessage();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.protocolVersion = value;
                            else
                                delete message.protocolVersion;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sequence = value;
                            else
                                delete message.sequence;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.sentAtMs = value;
                            else
                                delete message.sentAtMs;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.jobStatusRequest = $root.cassandra_mesos.v1.JobStatusRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.jobStatusRequest);
                            message.body = "jobStatusRequest";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.abortNodeJob = $root.cassandra_mesos.v1.AbortNodeJob.decode(reader, reader.size(), $undefined, _depth + 1, message.abortNodeJob);
                            message.body = "abortNodeJob";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.healthCheckRequest = $root.cassandra_mesos.v1.HealthCheckRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.healthCheckRequest);
                            message.body = "healthCheckRequest";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.metadataRequest = $root.cassandra_mesos.v1.MetadataRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.metadataRequest);
                            message.body = "metadataRequest";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.decommissionRequest = $root.cassandra_mesos.v1.DecommissionRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.decommissionRequest);
                            message.body = "decommissionRequest";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.removeNodeRequest = $root.cassandra_mesos.v1.RemoveNodeRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.removeNodeRequest);
                            message.body = "removeNodeRequest";
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.snapshotRequest = $root.cassandra_mesos.v1.SnapshotRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.snapshotRequest);
                            message.body = "snapshotRequest";
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            message.clearSnapshotRequest = $root.cassandra_mesos.v1.ClearSnapshotRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.clearSnapshotRequest);
                            message.body = "clearSnapshotRequest";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            SchedulerMessage.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            SchedulerMessage.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                var properties = {};
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                    if (!$util.isInteger(message.protocolVersion))
                        return "protocolVersion: integer expected";
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence"))
                    if (!$util.isInteger(message.sequence) && !(message.sequence && $util.isInteger(message.sequence.low) && $util.isInteger(message.sequence.high)))
                        return "sequence: integer|Long expected";
                if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs"))
                    if (!$util.isInteger(message.sentAtMs) && !(message.sentAtMs && $util.isInteger(message.sentAtMs.low) && $util.isInteger(message.sentAtMs.high)))
                        return "sentAtMs: integer|Long expected";
                if (message.jobStatusRequest != null && $Object.hasOwnProperty.call(message, "jobStatusRequest")) {
                    properties.body = 1;
                    {
                        var error = $root.cassandra_mesos.v1.JobStatusRequest.verify(message.jobStatusRequest, _depth + 1);
                        if (error)
                            return "jobStatusRequest." + error;
                    }
                }
                if (message.abortNodeJob != null && $Object.hasOwnProperty.call(message, "abortNodeJob")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        var error = $root.cassandra_mesos.v1.AbortNodeJob.verify(message.abortNodeJob, _depth + 1);
                        if (error)
                            return "abortNodeJob." + error;
                    }
                }
                if (message.healthCheckRequest != null && $Object.hasOwnProperty.call(message, "healthCheckRequest")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        var error = $root.cassandra_mesos.v1.HealthCheckRequest.verify(message.healthCheckRequest, _depth + 1);
                        if (error)
                            return "healthCheckRequest." + error;
                    }
                }
                if (message.metadataRequest != null && $Object.hasOwnProperty.call(message, "metadataRequest")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        var error = $root.cassandra_mesos.v1.MetadataRequest.verify(message.metadataRequest, _depth + 1);
                        if (error)
                            return "metadataRequest." + error;
                    }
                }
                if (message.decommissionRequest != null && $Object.hasOwnProperty.call(message, "decommissionRequest")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        var error = $root.cassandra_mesos.v1.DecommissionRequest.verify(message.decommissionRequest, _depth + 1);
                        if (error)
                            return "decommissionRequest." + error;
                    }
                }
                if (message.removeNodeRequest != null && $Object.hasOwnProperty.call(message, "removeNodeRequest")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        var error = $root.cassandra_mesos.v1.RemoveNodeRequest.verify(message.removeNodeRequest, _depth + 1);
                        if (error)
                            return "removeNodeRequest." + error;
                    }
                }
                if (message.snapshotRequest != null && $Object.hasOwnProperty.call(message, "snapshotRequest")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        var error = $root.cassandra_mesos.v1.SnapshotRequest.verify(message.snapshotRequest, _depth + 1);
                        if (error)
                            return "snapshotRequest." + error;
                    }
                }
                if (message.clearSnapshotRequest != null && $Object.hasOwnProperty.call(message, "clearSnapshotRequest")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        var error = $root.cassandra_mesos.v1.ClearSnapshotRequest.verify(message.clearSnapshotRequest, _depth + 1);
                        if (error)
                            return "clearSnapshotRequest." + error;
                    }
                }
                return null;
            };

            SchedulerMessage.fromObject = function (object, _depth) {
                if (object instanceof $root.cassandra_mesos.v1.SchedulerMessage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cassandra_mesos.v1.SchedulerMessage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.cassandra_mesos.v1.SchedulerMessage();
                if (object.protocolVersion != null)
                    if ($Number(object.protocolVersion) !== 0)
                        message.protocolVersion = object.protocolVersion >>> 0;
                if (object.sequence != null)
                    if (typeof object.sequence === "object" ? object.sequence.low || object.sequence.high : $Number(object.sequence) !== 0)
                        if ($util.Long)
                            message.sequence = $util.Long.fromValue(object.sequence, true);
                        else if (typeof object.sequence === "string")
                            message.sequence = $parseInt(object.sequence, 10);
                        else if (typeof object.sequence === "number")
                            message.sequence = object.sequence;
                        else if (typeof object.sequence === "object")
                            message.sequence = new $util.LongBits(object.sequence.low >>> 0, object.sequence.high >>> 0).toNumber(true);
                if (object.sentAtMs != null)
                    if (typeof object.sentAtMs === "object" ? object.sentAtMs.low || object.sentAtMs.high : $Number(object.sentAtMs) !== 0)
                        if ($util.Long)
                            message.sentAtMs = $util.Long.fromValue(object.sentAtMs, false);
                        else if (typeof object.sentAtMs === "string")
                            message.sentAtMs = $parseInt(object.sentAtMs, 10);
                        else if (typeof object.sentAtMs === "number")
                            message.sentAtMs = object.sentAtMs;
                        else if (typeof object.sentAtMs === "object")
                            message.sentAtMs = new $util.LongBits(object.sentAtMs.low >>> 0, object.sentAtMs.high >>> 0).toNumber();
                if (object.jobStatusRequest != null) {
                    if (!$util.isObject(object.jobStatusRequest))
                        throw $TypeError(".cassandra_mesos.v1.SchedulerMessage.jobStatusRequest: object expected");
                    message.jobStatusRequest = $root.cassandra_mesos.v1.JobStatusRequest.fromObject(object.jobStatusRequest, _depth + 1);
                }
                if (object.abortNodeJob != null) {
                    if (!$util.isObject(object.abortNodeJob))
                        throw $TypeError(".cassandra_mesos.v1.SchedulerMessage.abortNodeJob: object expected");
                    message.abortNodeJob = $root.cassandra_mesos.v1.AbortNodeJob.fromObject(object.abortNodeJob, _depth + 1);
                }
                if (object.healthCheckRequest != null) {
                    if (!$util.isObject(object.healthCheckRequest))
                        throw $TypeError(".cassandra_mesos.v1.SchedulerMessage.healthCheckRequest: object expected");
                    message.healthCheckRequest = $root.cassandra_mesos.v1.HealthCheckRequest.fromObject(object.healthCheckRequest, _depth + 1);
                }
                if (object.metadataRequest != null) {
                    if (!$util.isObject(object.metadataRequest))
                        throw $TypeError(".cassandra_mesos.v1.SchedulerMessage.metadataRequest: object expected");
                    message.metadataRequest = $root.cassandra_mesos.v1.MetadataRequest.fromObject(object.metadataRequest, _depth + 1);
                }
                if (object.decommissionRequest != null) {
                    if (!$util.isObject(object.decommissionRequest))
                        throw $TypeError(".cassandra_mesos.v1.SchedulerMessage.decommissionRequest: object expected");
                    message.decommissionRequest = $root.cassandra_mesos.v1.DecommissionRequest.fromObject(object.decommissionRequest, _depth + 1);
                }
                if (object.removeNodeRequest != null) {
                    if (!$util.isObject(object.removeNodeRequest))
                        throw $TypeError(".cassandra_mesos.v1.SchedulerMessage.removeNodeRequest: object expected");
                    message.removeNodeRequest = $root.cassandra_mesos.v1.RemoveNodeRequest.fromObject(object.removeNodeRequest, _depth + 1);
                }
                if (object.snapshotRequest != null) {
                    if (!$util.isObject(object.snapshotRequest))
                        throw $TypeError(".cassandra_mesos.v1.SchedulerMessage.snapshotRequest: object expected");
                    message.snapshotRequest = $root.cassandra_mesos.v1.SnapshotRequest.fromObject(object.snapshotRequest, _depth + 1);
                }
                if (object.clearSnapshotRequest != null) {
                    if (!$util.isObject(object.clearSnapshotRequest))
                        throw $TypeError(".cassandra_mesos.v1.SchedulerMessage.clearSnapshotRequest: object expected");
                    message.clearSnapshotRequest = $root.cassandra_mesos.v1.ClearSnapshotRequest.fromObject(object.clearSnapshotRequest, _depth + 1);
                }
                return message;
            };

            SchedulerMessage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.protocolVersion = 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.sequence = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sequence = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.sentAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sentAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                    object.protocolVersion = message.protocolVersion;
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sequence = typeof message.sequence === "number" ? $BigInt(message.sequence) : $util.Long.fromBits(message.sequence.low >>> 0, message.sequence.high >>> 0, true).toBigInt();
                    else if (typeof message.sequence === "number")
                        object.sequence = options.longs === $String ? $String(message.sequence) : message.sequence;
                    else
                        object.sequence = options.longs === $String ? $util.Long.prototype.toString.call(message.sequence) : options.longs === $Number ? new $util.LongBits(message.sequence.low >>> 0, message.sequence.high >>> 0).toNumber(true) : message.sequence;
                if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sentAtMs = typeof message.sentAtMs === "number" ? $BigInt(message.sentAtMs) : $util.Long.fromBits(message.sentAtMs.low >>> 0, message.sentAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.sentAtMs === "number")
                        object.sentAtMs = options.longs === $String ? $String(message.sentAtMs) : message.sentAtMs;
                    else
                        object.sentAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.sentAtMs) : options.longs === $Number ? new $util.LongBits(message.sentAtMs.low >>> 0, message.sentAtMs.high >>> 0).toNumber() : message.sentAtMs;
                if (message.jobStatusRequest != null && $Object.hasOwnProperty.call(message, "jobStatusRequest")) {
                    object.jobStatusRequest = $root.cassandra_mesos.v1.JobStatusRequest.toObject(message.jobStatusRequest, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "jobStatusRequest";
                }
                if (message.abortNodeJob != null && $Object.hasOwnProperty.call(message, "abortNodeJob")) {
                    object.abortNodeJob = $root.cassandra_mesos.v1.AbortNodeJob.toObject(message.abortNodeJob, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "abortNodeJob";
                }
                if (message.healthCheckRequest != null && $Object.hasOwnProperty.call(message, "healthCheckRequest")) {
                    object.healthCheckRequest = $root.cassandra_mesos.v1.HealthCheckRequest.toObject(message.healthCheckRequest, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "healthCheckRequest";
                }
                if (message.metadataRequest != null && $Object.hasOwnProperty.call(message, "metadataRequest")) {
                    object.metadataRequest = $root.cassandra_mesos.v1.MetadataRequest.toObject(message.metadataRequest, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "metadataRequest";
                }
                if (message.decommissionRequest != null && $Object.hasOwnProperty.call(message, "decommissionRequest")) {
                    object.decommissionRequest = $root.cassandra_mesos.v1.DecommissionRequest.toObject(message.decommissionRequest, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "decommissionRequest";
                }
                if (message.removeNodeRequest != null && $Object.hasOwnProperty.call(message, "removeNodeRequest")) {
                    object.removeNodeRequest = $root.cassandra_mesos.v1.RemoveNodeRequest.toObject(message.removeNodeRequest, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "removeNodeRequest";
                }
                if (message.snapshotRequest != null && $Object.hasOwnProperty.call(message, "snapshotRequest")) {
                    object.snapshotRequest = $root.cassandra_mesos.v1.SnapshotRequest.toObject(message.snapshotRequest, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "snapshotRequest";
                }
                if (message.clearSnapshotRequest != null && $Object.hasOwnProperty.call(message, "clearSnapshotRequest")) {
                    object.clearSnapshotRequest = $root.cassandra_mesos.v1.ClearSnapshotRequest.toObject(message.clearSnapshotRequest, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "clearSnapshotRequest";
                }
                return object;
            };

            SchedulerMessage.prototype.toJSON = function() {
                return SchedulerMessage.toObject(this, $protobuf.util.toJSONOptions);
            };

            SchedulerMessage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cassandra_mesos.v1.SchedulerMessage";
            };

            return SchedulerMessage;
        })();

        v1.JobStatusRequest = (function() {

            var JobStatusRequest = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            JobStatusRequest.prototype.jobId = "";

            JobStatusRequest.create = function(properties) {
                return new JobStatusRequest(properties);
            };

            JobStatusRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && message.jobId !== "")
                    writer.uint32(10).string(message.jobId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            JobStatusRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            JobStatusRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassandra_mesos.v1.JobStatusRequest();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.jobId = value;
                            else
                                delete message.jobId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            JobStatusRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            JobStatusRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                    if (!$util.isString(message.jobId))
                        return "jobId: string expected";
                return null;
            };

            JobStatusRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.cassandra_mesos.v1.JobStatusRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cassandra_mesos.v1.JobStatusRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.cassandra_mesos.v1.JobStatusRequest();
                if (object.jobId != null)
                    if (typeof object.jobId !== "string" || object.jobId.length)
                        message.jobId = $String(object.jobId);
                return message;
            };

            JobStatusRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults)
                    object.jobId = "";
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                    object.jobId = message.jobId;
                return object;
            };

            JobStatusRequest.prototype.toJSON = function() {
                return JobStatusRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            JobStatusRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cassandra_mesos.v1.JobStatusRequest";
            };

            return JobStatusRequest;
        })();

        v1.AbortNodeJob = (function() {

            var AbortNodeJob = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AbortNodeJob.prototype.jobId = "";
            AbortNodeJob.prototype.reason = "";

            AbortNodeJob.create = function(properties) {
                return new AbortNodeJob(properties);
            };

            AbortNodeJob.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && message.jobId !== "")
                    writer.uint32(10).string(message.jobId);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(18).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AbortNodeJob.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            AbortNodeJob.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassandra_mesos.v1.AbortNodeJob();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.jobId = value;
                            else
                                delete message.jobId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AbortNodeJob.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            AbortNodeJob.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                    if (!$util.isString(message.jobId))
                        return "jobId: string expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                return null;
            };

            AbortNodeJob.fromObject = function (object, _depth) {
                if (object instanceof $root.cassandra_mesos.v1.AbortNodeJob)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cassandra_mesos.v1.AbortNodeJob: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.cassandra_mesos.v1.AbortNodeJob();
                if (object.jobId != null)
                    if (typeof object.jobId !== "string" || object.jobId.length)
                        message.jobId = $String(object.jobId);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            AbortNodeJob.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.jobId = "";
                    object.reason = "";
                }
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                    object.jobId = message.jobId;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            AbortNodeJob.prototype.toJSON = function() {
                return AbortNodeJob.toObject(this, $protobuf.util.toJSONOptions);
            };

            AbortNodeJob.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cassandra_mesos.v1.AbortNodeJob";
            };

            return AbortNodeJob;
        })();

        v1.HealthCheckRequest = (function() {

            var HealthCheckRequest = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            HealthCheckRequest.create = function(properties) {
                return new HealthCheckRequest(properties);
            };

            HealthCheckRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            HealthCheckRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            HealthCheckRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassandra_mesos.v1.HealthCheckRequest();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            HealthCheckRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            HealthCheckRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            HealthCheckRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.cassandra_mesos.v1.HealthCheckRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cassandra_mesos.v1.HealthCheckRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.cassandra_mesos.v1.HealthCheckRequest();
            };

            HealthCheckRequest.toObject = function () {
                return {};
            };

            HealthCheckRequest.prototype.toJSON = function() {
                return HealthCheckRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            HealthCheckRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cassandra_mesos.v1.HealthCheckRequest";
            };

            return HealthCheckRequest;
        })();

        v1.MetadataRequest = (function() {

            var MetadataRequest = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            MetadataRequest.create = function(properties) {
                return new MetadataRequest(properties);
            };

            MetadataRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            MetadataRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            MetadataRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassandra_mesos.v1.MetadataRequest();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            MetadataRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            MetadataRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            MetadataRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.cassandra_mesos.v1.MetadataRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cassandra_mesos.v1.MetadataRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.cassandra_mesos.v1.MetadataRequest();
            };

            MetadataRequest.toObject = function () {
                return {};
            };

            MetadataRequest.prototype.toJSON = function() {
                return MetadataRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            MetadataRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cassandra_mesos.v1.MetadataRequest";
            };

            return MetadataRequest;
        })();

        v1.DecommissionRequest = (function() {

            var DecommissionRequest = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            DecommissionRequest.prototype.nodeId = "";

            DecommissionRequest.create = function(properties) {
                return new DecommissionRequest(properties);
            };

            DecommissionRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && message.nodeId !== "")
                    writer.uint32(10).string(message.nodeId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            DecommissionRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            DecommissionRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassandra_mesos.v1.DecommissionRequest();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.nodeId = value;
                            else
                                delete message.nodeId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            DecommissionRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            DecommissionRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                    if (!$util.isString(message.nodeId))
                        return "nodeId: string expected";
                return null;
            };

            DecommissionRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.cassandra_mesos.v1.DecommissionRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cassandra_mesos.v1.DecommissionRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.cassandra_mesos.v1.DecommissionRequest();
                if (object.nodeId != null)
                    if (typeof object.nodeId !== "string" || object.nodeId.length)
                        message.nodeId = $String(object.nodeId);
                return message;
            };

            DecommissionRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults)
                    object.nodeId = "";
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                    object.nodeId = message.nodeId;
                return object;
            };

            DecommissionRequest.prototype.toJSON = function() {
                return DecommissionRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            DecommissionRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cassandra_mesos.v1.DecommissionRequest";
            };

            return DecommissionRequest;
        })();

        v1.RemoveNodeRequest = (function() {

            var RemoveNodeRequest = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RemoveNodeRequest.prototype.nodeId = "";
            RemoveNodeRequest.prototype.hostId = "";

            RemoveNodeRequest.create = function(properties) {
                return new RemoveNodeRequest(properties);
            };

            RemoveNodeRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && message.nodeId !== "")
                    writer.uint32(10).string(message.nodeId);
                if (message.hostId != null && $Object.hasOwnProperty.call(message, "hostId") && message.hostId !== "")
                    writer.uint32(18).string(message.hostId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RemoveNodeRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            RemoveNodeRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassandra_mesos.v1.RemoveNodeRequest();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.nodeId = value;
                            else
                                delete message.nodeId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hostId = value;
                            else
                                delete message.hostId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            RemoveNodeRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            RemoveNodeRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                    if (!$util.isString(message.nodeId))
                        return "nodeId: string expected";
                if (message.hostId != null && $Object.hasOwnProperty.call(message, "hostId"))
                    if (!$util.isString(message.hostId))
                        return "hostId: string expected";
                return null;
            };

            RemoveNodeRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.cassandra_mesos.v1.RemoveNodeRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cassandra_mesos.v1.RemoveNodeRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.cassandra_mesos.v1.RemoveNodeRequest();
                if (object.nodeId != null)
                    if (typeof object.nodeId !== "string" || object.nodeId.length)
                        message.nodeId = $String(object.nodeId);
                if (object.hostId != null)
                    if (typeof object.hostId !== "string" || object.hostId.length)
                        message.hostId = $String(object.hostId);
                return message;
            };

            RemoveNodeRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.nodeId = "";
                    object.hostId = "";
                }
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                    object.nodeId = message.nodeId;
                if (message.hostId != null && $Object.hasOwnProperty.call(message, "hostId"))
                    object.hostId = message.hostId;
                return object;
            };

            RemoveNodeRequest.prototype.toJSON = function() {
                return RemoveNodeRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            RemoveNodeRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cassandra_mesos.v1.RemoveNodeRequest";
            };

            return RemoveNodeRequest;
        })();

        v1.SnapshotRequest = (function() {

            var SnapshotRequest = function (properties) {
                this.keyspaces = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            SnapshotRequest.prototype.jobId = "";
            SnapshotRequest.prototype.tag = "";
            SnapshotRequest.prototype.keyspaces = $util.emptyArray;

            SnapshotRequest.create = function(properties) {
                return new SnapshotRequest(properties);
            };

            SnapshotRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && message.jobId !== "")
                    writer.uint32(10).string(message.jobId);
                if (message.tag != null && $Object.hasOwnProperty.call(message, "tag") && message.tag !== "")
                    writer.uint32(18).string(message.tag);
                if (message.keyspaces != null && message.keyspaces.length)
                    for (var i = 0; i < message.keyspaces.length; ++i)
                        writer.uint32(26).string(message.keyspaces[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            SnapshotRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            SnapshotRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassandra_mesos.v1.SnapshotRequest();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.jobId = value;
                            else
                                delete message.jobId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.tag = value;
                            else
                                delete message.tag;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.keyspaces && message.keyspaces.length))
                                message.keyspaces = [];
                            message.keyspaces.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            SnapshotRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            SnapshotRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                    if (!$util.isString(message.jobId))
                        return "jobId: string expected";
                if (message.tag != null && $Object.hasOwnProperty.call(message, "tag"))
                    if (!$util.isString(message.tag))
                        return "tag: string expected";
                if (message.keyspaces != null && $Object.hasOwnProperty.call(message, "keyspaces")) {
                    if (!$Array.isArray(message.keyspaces))
                        return "keyspaces: array expected";
                    for (var i = 0; i < message.keyspaces.length; ++i)
                        if (!$util.isString(message.keyspaces[i]))
                            return "keyspaces: string[] expected";
                }
                return null;
            };

            SnapshotRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.cassandra_mesos.v1.SnapshotRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cassandra_mesos.v1.SnapshotRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.cassandra_mesos.v1.SnapshotRequest();
                if (object.jobId != null)
                    if (typeof object.jobId !== "string" || object.jobId.length)
                        message.jobId = $String(object.jobId);
                if (object.tag != null)
                    if (typeof object.tag !== "string" || object.tag.length)
                        message.tag = $String(object.tag);
                if (object.keyspaces) {
                    if (!$Array.isArray(object.keyspaces))
                        throw $TypeError(".cassandra_mesos.v1.SnapshotRequest.keyspaces: array expected");
                    message.keyspaces = $Array(object.keyspaces.length);
                    for (var i = 0; i < object.keyspaces.length; ++i)
                        message.keyspaces[i] = $String(object.keyspaces[i]);
                }
                return message;
            };

            SnapshotRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults)
                    object.keyspaces = [];
                if (options.defaults) {
                    object.jobId = "";
                    object.tag = "";
                }
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                    object.jobId = message.jobId;
                if (message.tag != null && $Object.hasOwnProperty.call(message, "tag"))
                    object.tag = message.tag;
                if (message.keyspaces && message.keyspaces.length) {
                    object.keyspaces = $Array(message.keyspaces.length);
                    for (var j = 0; j < message.keyspaces.length; ++j)
                        object.keyspaces[j] = message.keyspaces[j];
                }
                return object;
            };

            SnapshotRequest.prototype.toJSON = function() {
                return SnapshotRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            SnapshotRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cassandra_mesos.v1.SnapshotRequest";
            };

            return SnapshotRequest;
        })();

        v1.ClearSnapshotRequest = (function() {

            var ClearSnapshotRequest = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ClearSnapshotRequest.prototype.jobId = "";
            ClearSnapshotRequest.prototype.tag = "";

            ClearSnapshotRequest.create = function(properties) {
                return new ClearSnapshotRequest(properties);
            };

            ClearSnapshotRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && message.jobId !== "")
                    writer.uint32(10).string(message.jobId);
                if (message.tag != null && $Object.hasOwnProperty.call(message, "tag") && message.tag !== "")
                    writer.uint32(18).string(message.tag);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ClearSnapshotRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            ClearSnapshotRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassandra_mesos.v1.ClearSnapshotRequest();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.jobId = value;
                            else
                                delete message.jobId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.tag = value;
                            else
                                delete message.tag;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ClearSnapshotRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            ClearSnapshotRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                    if (!$util.isString(message.jobId))
                        return "jobId: string expected";
                if (message.tag != null && $Object.hasOwnProperty.call(message, "tag"))
                    if (!$util.isString(message.tag))
                        return "tag: string expected";
                return null;
            };

            ClearSnapshotRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.cassandra_mesos.v1.ClearSnapshotRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cassandra_mesos.v1.ClearSnapshotRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.cassandra_mesos.v1.ClearSnapshotRequest();
                if (object.jobId != null)
                    if (typeof object.jobId !== "string" || object.jobId.length)
                        message.jobId = $String(object.jobId);
                if (object.tag != null)
                    if (typeof object.tag !== "string" || object.tag.length)
                        message.tag = $String(object.tag);
                return message;
            };

            ClearSnapshotRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.jobId = "";
                    object.tag = "";
                }
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                    object.jobId = message.jobId;
                if (message.tag != null && $Object.hasOwnProperty.call(message, "tag"))
                    object.tag = message.tag;
                return object;
            };

            ClearSnapshotRequest.prototype.toJSON = function() {
                return ClearSnapshotRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            ClearSnapshotRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cassandra_mesos.v1.ClearSnapshotRequest";
            };

            return ClearSnapshotRequest;
        })();

        v1.ExecutorMessage = (function() {

            var ExecutorMessage = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ExecutorMessage.prototype.protocolVersion = 0;
            ExecutorMessage.prototype.sequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            ExecutorMessage.prototype.sentAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            ExecutorMessage.prototype.nodeId = "";
            ExecutorMessage.prototype.executorId = "";
            ExecutorMessage.prototype.health = null;
            ExecutorMessage.prototype.jobProgress = null;
            ExecutorMessage.prototype.metadata = null;
            ExecutorMessage.prototype.protocolError = null;
            ExecutorMessage.prototype.ringChange = null;
            ExecutorMessage.prototype.snapshotResult = null;

            var $oneOfFields;

            $Object.defineProperty(ExecutorMessage.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["health", "jobProgress", "metadata", "protocolError", "ringChange", "snapshotResult"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            ExecutorMessage.create = function(properties) {
                return new ExecutorMessage(properties);
            };

            ExecutorMessage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                    writer.uint32(8).uint32(message.protocolVersion);
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence") && (typeof message.sequence === "object" ? message.sequence.low || message.sequence.high : message.sequence !== 0))
                    writer.uint32(16).uint64(message.sequence);
                if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs") && (typeof message.sentAtMs === "object" ? message.sentAtMs.low || message.sentAtMs.high : message.sentAtMs !== 0))
                    writer.uint32(24).int64(message.sentAtMs);
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && message.nodeId !== "")
                    writer.uint32(34).string(message.nodeId);
                if (message.executorId != null && $Object.hasOwnProperty.call(message, "executorId") && message.executorId !== "")
                    writer.uint32(42).string(message.executorId);
                if (message.health != null && $Object.hasOwnProperty.call(message, "health"))
                    $root.cassandra_mesos.v1.HealthCheckDetails.encode(message.health, writer.uint32(82).fork(), _depth + 1).ldelim();
                if (message.jobProgress != null && $Object.hasOwnProperty.call(message, "jobProgress"))
                    $root.cassandra_mesos.v1.NodeJobRecord.encode(message.jobProgress, writer.uint32(90).fork(), _depth + 1).ldelim();
                if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                    $root.cassandra_mesos.v1.ExecutorMetadata.encode(message.metadata, writer.uint32(98).fork(), _depth + 1).ldelim();
                if (message.protocolError != null && $Object.hasOwnProperty.call(message, "protocolError"))
                    $root.cassandra_mesos.v1.ProtocolError.encode(message.protocolError, writer.uint32(106).fork(), _depth + 1).ldelim();
                if (message.ringChange != null && $Object.hasOwnProperty.call(message, "ringChange"))
                    $root.cassandra_mesos.v1.RingChange.encode(message.ringChange, writer.uint32(114).fork(), _depth + 1).ldelim();
                if (message.snapshotResult != null && $Object.hasOwnProperty.call(message, "snapshotResult"))
                    $root.cassandra_mesos.v1.SnapshotResult.encode(message.snapshotResult, writer.uint32(122).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ExecutorMessage.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            ExecutorMessage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassandra_mesos.v1.ExecutorMessage();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.protocolVersion = value;
                            else
                                delete message.protocolVersion;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sequence = value;
                            else
                                delete message.sequence;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.sentAtMs = value;
                            else
                                delete message.sentAtMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.nodeId = value;
                            else
                                delete message.nodeId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.executorId = value;
                            else
                                delete message.executorId;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.health = $root.cassandra_mesos.v1.HealthCheckDetails.decode(reader, reader.size(), $undefined, _depth + 1, message.health);
                            message.body = "health";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.jobProgress = $root.cassandra_mesos.v1.NodeJobRecord.decode(reader, reader.size(), $undefined, _depth + 1, message.jobProgress);
                            message.body = "jobProgress";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.metadata = $root.cassandra_mesos.v1.ExecutorMetadata.decode(reader, reader.size(), $undefined, _depth + 1, message.metadata);
                            message.body = "metadata";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.protocolError = $root.cassandra_mesos.v1.ProtocolError.decode(reader, reader.size(), $undefined, _depth + 1, message.protocolError);
                            message.body = "protocolError";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.ringChange = $root.cassandra_mesos.v1.RingChange.decode(reader, reader.size(), $undefined, _depth + 1, message.ringChange);
                            message.body = "ringChange";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.snapshotResult = $root.cassandra_mesos.v1.SnapshotResult.decode(reader, reader.size(), $undefined, _depth + 1, message.snapshotResult);
                            message.body = "snapshotResult";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ExecutorMessage.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            ExecutorMessage.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                var properties = {};
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                    if (!$util.isInteger(message.protocolVersion))
                        return "protocolVersion: integer expected";
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence"))
                    if (!$util.isInteger(message.sequence) && !(message.sequence && $util.isInteger(message.sequence.low) && $util.isInteger(message.sequence.high)))
                        return "sequence: integer|Long expected";
                if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs"))
                    if (!$util.isInteger(message.sentAtMs) && !(message.sentAtMs && $util.isInteger(message.sentAtMs.low) && $util.isInteger(message.sentAtMs.high)))
                        return "sentAtMs: integer|Long expected";
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                    if (!$util.isString(message.nodeId))
                        return "nodeId: string expected";
                if (message.executorId != null && $Object.hasOwnProperty.call(message, "executorId"))
                    if (!$util.isString(message.executorId))
                        return "executorId: string expected";
                if (message.health != null && $Object.hasOwnProperty.call(message, "health")) {
                    properties.body = 1;
                    {
                        var error = $root.cassandra_mesos.v1.HealthCheckDetails.verify(message.health, _depth + 1);
                        if (error)
                            return "health." + error;
                    }
                }
                if (message.jobProgress != null && $Object.hasOwnProperty.call(message, "jobProgress")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        var error = $root.cassandra_mesos.v1.NodeJobRecord.verify(message.jobProgress, _depth + 1);
                        if (error)
                            return "jobProgress." + error;
                    }
                }
                if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        var error = $root.cassandra_mesos.v1.ExecutorMetadata.verify(message.metadata, _depth + 1);
                        if (error)
                            return "metadata." + error;
                    }
                }
                if (message.protocolError != null && $Object.hasOwnProperty.call(message, "protocolError")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        var error = $root.cassandra_mesos.v1.ProtocolError.verify(message.protocolError, _depth + 1);
                        if (error)
                            return "protocolError." + error;
                    }
                }
                if (message.ringChange != null && $Object.hasOwnProperty.call(message, "ringChange")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        var error = $root.cassandra_mesos.v1.RingChange.verify(message.ringChange, _depth + 1);
                        if (error)
                            return "ringChange." + error;
                    }
                }
                if (message.snapshotResult != null && $Object.hasOwnProperty.call(message, "snapshotResult")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        var error = $root.cassandra_mesos.v1.SnapshotResult.verify(message.snapshotResult, _depth + 1);
                        if (error)
                            return "snapshotResult." + error;
                    }
                }
                return null;
            };

            ExecutorMessage.fromObject = function (object, _depth) {
                if (object instanceof $root.cassandra_mesos.v1.ExecutorMessage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cassandra_mesos.v1.ExecutorMessage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.cassandra_mesos.v1.ExecutorMessage();
                if (object.protocolVersion != null)
                    if ($Number(object.protocolVersion) !== 0)
                        message.protocolVersion = object.protocolVersion >>> 0;
                if (object.sequence != null)
                    if (typeof object.sequence === "object" ? object.sequence.low || object.sequence.high : $Number(object.sequence) !== 0)
                        if ($util.Long)
                            message.sequence = $util.Long.fromValue(object.sequence, true);
                        else if (typeof object.sequence === "string")
                            message.sequence = $parseInt(object.sequence, 10);
                        else if (typeof object.sequence === "number")
                            message.sequence = object.sequence;
                        else if (typeof object.sequence === "object")
                            message.sequence = new $util.LongBits(object.sequence.low >>> 0, object.sequence.high >>> 0).toNumber(true);
                if (object.sentAtMs != null)
                    if (typeof object.sentAtMs === "object" ? object.sentAtMs.low || object.sentAtMs.high : $Number(object.sentAtMs) !== 0)
                        if ($util.Long)
                            message.sentAtMs = $util.Long.fromValue(object.sentAtMs, false);
                        else if (typeof object.sentAtMs === "string")
                            message.sentAtMs = $parseInt(object.sentAtMs, 10);
                        else if (typeof object.sentAtMs === "number")
                            message.sentAtMs = object.sentAtMs;
                        else if (typeof object.sentAtMs === "object")
                            message.sentAtMs = new $util.LongBits(object.sentAtMs.low >>> 0, object.sentAtMs.high >>> 0).toNumber();
                if (object.nodeId != null)
                    if (typeof object.nodeId !== "string" || object.nodeId.length)
                        message.nodeId = $String(object.nodeId);
                if (object.executorId != null)
                    if (typeof object.executorId !== "string" || object.executorId.length)
                        message.executorId = $String(object.executorId);
                if (object.health != null) {
                    if (!$util.isObject(object.health))
                        throw $TypeError(".cassandra_mesos.v1.ExecutorMessage.health: object expected");
                    message.health = $root.cassandra_mesos.v1.HealthCheckDetails.fromObject(object.health, _depth + 1);
                }
                if (object.jobProgress != null) {
                    if (!$util.isObject(object.jobProgress))
                        throw $TypeError(".cassandra_mesos.v1.ExecutorMessage.jobProgress: object expected");
                    message.jobProgress = $root.cassandra_mesos.v1.NodeJobRecord.fromObject(object.jobProgress, _depth + 1);
                }
                if (object.metadata != null) {
                    if (!$util.isObject(object.metadata))
                        throw $TypeError(".cassandra_mesos.v1.ExecutorMessage.metadata: object expected");
                    message.metadata = $root.cassandra_mesos.v1.ExecutorMetadata.fromObject(object.metadata, _depth + 1);
                }
                if (object.protocolError != null) {
                    if (!$util.isObject(object.protocolError))
                        throw $TypeError(".cassandra_mesos.v1.ExecutorMessage.protocolError: object expected");
                    message.protocolError = $root.cassandra_mesos.v1.ProtocolError.fromObject(object.protocolError, _depth + 1);
                }
                if (object.ringChange != null) {
                    if (!$util.isObject(object.ringChange))
                        throw $TypeError(".cassandra_mesos.v1.ExecutorMessage.ringChange: object expected");
                    message.ringChange = $root.cassandra_mesos.v1.RingChange.fromObject(object.ringChange, _depth + 1);
                }
                if (object.snapshotResult != null) {
                    if (!$util.isObject(object.snapshotResult))
                        throw $TypeError(".cassandra_mesos.v1.ExecutorMessage.snapshotResult: object expected");
                    message.snapshotResult = $root.cassandra_mesos.v1.SnapshotResult.fromObject(object.snapshotResult, _depth + 1);
                }
                return message;
            };

            ExecutorMessage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.protocolVersion = 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.sequence = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sequence = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.sentAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sentAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.nodeId = "";
                    object.executorId = "";
                }
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                    object.protocolVersion = message.protocolVersion;
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sequence = typeof message.sequence === "number" ? $BigInt(message.sequence) : $util.Long.fromBits(message.sequence.low >>> 0, message.sequence.high >>> 0, true).toBigInt();
                    else if (typeof message.sequence === "number")
                        object.sequence = options.longs === $String ? $String(message.sequence) : message.sequence;
                    else
                        object.sequence = options.longs === $String ? $util.Long.prototype.toString.call(message.sequence) : options.longs === $Number ? new $util.LongBits(message.sequence.low >>> 0, message.sequence.high >>> 0).toNumber(true) : message.sequence;
                if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sentAtMs = typeof message.sentAtMs === "number" ? $BigInt(message.sentAtMs) : $util.Long.fromBits(message.sentAtMs.low >>> 0, message.sentAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.sentAtMs === "number")
                        object.sentAtMs = options.longs === $String ? $String(message.sentAtMs) : message.sentAtMs;
                    else
                        object.sentAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.sentAtMs) : options.longs === $Number ? new $util.LongBits(message.sentAtMs.low >>> 0, message.sentAtMs.high >>> 0).toNumber() : message.sentAtMs;
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                    object.nodeId = message.nodeId;
                if (message.executorId != null && $Object.hasOwnProperty.call(message, "executorId"))
                    object.executorId = message.executorId;
                if (message.health != null && $Object.hasOwnProperty.call(message, "health")) {
                    object.health = $root.cassandra_mesos.v1.HealthCheckDetails.toObject(message.health, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "health";
                }
                if (message.jobProgress != null && $Object.hasOwnProperty.call(message, "jobProgress")) {
                    object.jobProgress = $root.cassandra_mesos.v1.NodeJobRecord.toObject(message.jobProgress, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "jobProgress";
                }
                if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata")) {
                    object.metadata = $root.cassandra_mesos.v1.ExecutorMetadata.toObject(message.metadata, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "metadata";
                }
                if (message.protocolError != null && $Object.hasOwnProperty.call(message, "protocolError")) {
                    object.protocolError = $root.cassandra_mesos.v1.ProtocolError.toObject(message.protocolError, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "protocolError";
                }
                if (message.ringChange != null && $Object.hasOwnProperty.call(message, "ringChange")) {
                    object.ringChange = $root.cassandra_mesos.v1.RingChange.toObject(message.ringChange, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "ringChange";
                }
                if (message.snapshotResult != null && $Object.hasOwnProperty.call(message, "snapshotResult")) {
                    object.snapshotResult = $root.cassandra_mesos.v1.SnapshotResult.toObject(message.snapshotResult, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "snapshotResult";
                }
                return object;
            };

            ExecutorMessage.prototype.toJSON = function() {
                return ExecutorMessage.toObject(this, $protobuf.util.toJSONOptions);
            };

            ExecutorMessage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cassandra_mesos.v1.ExecutorMessage";
            };

            return ExecutorMessage;
        })();

        v1.SnapshotResult = (function() {

            var SnapshotResult = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            SnapshotResult.prototype.jobId = "";
            SnapshotResult.prototype.tag = "";
            SnapshotResult.prototype.ok = false;
            SnapshotResult.prototype.message = "";
            SnapshotResult.prototype.durationMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            SnapshotResult.create = function(properties) {
                return new SnapshotResult(properties);
            };

            SnapshotResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && message.jobId !== "")
                    writer.uint32(10).string(message.jobId);
                if (message.tag != null && $Object.hasOwnProperty.call(message, "tag") && message.tag !== "")
                    writer.uint32(18).string(message.tag);
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok") && message.ok !== false)
                    writer.uint32(24).bool(message.ok);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(34).string(message.message);
                if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs") && (typeof message.durationMs === "object" ? message.durationMs.low || message.durationMs.high : message.durationMs !== 0))
                    writer.uint32(40).int64(message.durationMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            SnapshotResult.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            SnapshotResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassandra_mesos.v1.SnapshotResult();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.jobId = value;
                            else
                                delete message.jobId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.tag = value;
                            else
                                delete message.tag;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.ok = value;
                            else
                                delete message.ok;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.durationMs = value;
                            else
                                delete message.durationMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            SnapshotResult.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            SnapshotResult.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                    if (!$util.isString(message.jobId))
                        return "jobId: string expected";
                if (message.tag != null && $Object.hasOwnProperty.call(message, "tag"))
                    if (!$util.isString(message.tag))
                        return "tag: string expected";
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok"))
                    if (typeof message.ok !== "boolean")
                        return "ok: boolean expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs"))
                    if (!$util.isInteger(message.durationMs) && !(message.durationMs && $util.isInteger(message.durationMs.low) && $util.isInteger(message.durationMs.high)))
                        return "durationMs: integer|Long expected";
                return null;
            };

            SnapshotResult.fromObject = function (object, _depth) {
                if (object instanceof $root.cassandra_mesos.v1.SnapshotResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cassandra_mesos.v1.SnapshotResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.cassandra_mesos.v1.SnapshotResult();
                if (object.jobId != null)
                    if (typeof object.jobId !== "string" || object.jobId.length)
                        message.jobId = $String(object.jobId);
                if (object.tag != null)
                    if (typeof object.tag !== "string" || object.tag.length)
                        message.tag = $String(object.tag);
                if (object.ok != null)
                    if (object.ok)
                        message.ok = $Boolean(object.ok);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.durationMs != null)
                    if (typeof object.durationMs === "object" ? object.durationMs.low || object.durationMs.high : $Number(object.durationMs) !== 0)
                        if ($util.Long)
                            message.durationMs = $util.Long.fromValue(object.durationMs, false);
                        else if (typeof object.durationMs === "string")
                            message.durationMs = $parseInt(object.durationMs, 10);
                        else if (typeof object.durationMs === "number")
                            message.durationMs = object.durationMs;
                        else if (typeof object.durationMs === "object")
                            message.durationMs = new $util.LongBits(object.durationMs.low >>> 0, object.durationMs.high >>> 0).toNumber();
                return message;
            };

            SnapshotResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.jobId = "";
                    object.tag = "";
                    object.ok = false;
                    object.message = "";
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.durationMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.durationMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                    object.jobId = message.jobId;
                if (message.tag != null && $Object.hasOwnProperty.call(message, "tag"))
                    object.tag = message.tag;
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok"))
                    object.ok = message.ok;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.durationMs = typeof message.durationMs === "number" ? $BigInt(message.durationMs) : $util.Long.fromBits(message.durationMs.low >>> 0, message.durationMs.high >>> 0, false).toBigInt();
                    else if (typeof message.durationMs === "number")
                        object.durationMs = options.longs === $String ? $String(message.durationMs) : message.durationMs;
                    else
                        object.durationMs = options.longs === $String ? $util.Long.prototype.toString.call(message.durationMs) : options.longs === $Number ? new $util.LongBits(message.durationMs.low >>> 0, message.durationMs.high >>> 0).toNumber() : message.durationMs;
                return object;
            };

            SnapshotResult.prototype.toJSON = function() {
                return SnapshotResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            SnapshotResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cassandra_mesos.v1.SnapshotResult";
            };

            return SnapshotResult;
        })();

        v1.RingChangeOperation = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "RING_CHANGE_OPERATION_UNSPECIFIED"] = 0;
            values[valuesById[1] = "DECOMMISSION"] = 1;
            values[valuesById[2] = "REMOVE_NODE"] = 2;
            return values;
        })();

        v1.RingChangeState = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "RING_CHANGE_STATE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "RING_CHANGE_STARTED"] = 1;
            values[valuesById[2] = "RING_CHANGE_SUCCEEDED"] = 2;
            values[valuesById[3] = "RING_CHANGE_FAILED"] = 3;
            return values;
        })();

        v1.RingChange = (function() {

            var RingChange = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RingChange.prototype.operation = 0;
            RingChange.prototype.nodeId = "";
            RingChange.prototype.state = 0;
            RingChange.prototype.message = "";
            RingChange.prototype.durationMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            RingChange.create = function(properties) {
                return new RingChange(properties);
            };

            RingChange.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.operation != null && $Object.hasOwnProperty.call(message, "operation") && message.operation !== 0)
                    writer.uint32(8).int32(message.operation);
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && message.nodeId !== "")
                    writer.uint32(18).string(message.nodeId);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                    writer.uint32(24).int32(message.state);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(34).string(message.message);
                if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs") && (typeof message.durationMs === "object" ? message.durationMs.low || message.durationMs.high : message.durationMs !== 0))
                    writer.uint32(40).int64(message.durationMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RingChange.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            RingChange.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassandra_mesos.v1.RingChange();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.operation = value;
                            else
                                delete message.operation;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.nodeId = value;
                            else
                                delete message.nodeId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.durationMs = value;
                            else
                                delete message.durationMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            RingChange.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            RingChange.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.operation != null && $Object.hasOwnProperty.call(message, "operation"))
                    if (typeof message.operation !== "number" || (message.operation | 0) !== message.operation)
                        return "operation: enum value expected";
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                    if (!$util.isString(message.nodeId))
                        return "nodeId: string expected";
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    if (typeof message.state !== "number" || (message.state | 0) !== message.state)
                        return "state: enum value expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs"))
                    if (!$util.isInteger(message.durationMs) && !(message.durationMs && $util.isInteger(message.durationMs.low) && $util.isInteger(message.durationMs.high)))
                        return "durationMs: integer|Long expected";
                return null;
            };

            RingChange.fromObject = function (object, _depth) {
                if (object instanceof $root.cassandra_mesos.v1.RingChange)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cassandra_mesos.v1.RingChange: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.cassandra_mesos.v1.RingChange();
                if (object.operation !== 0 && (typeof object.operation !== "string" || $root.cassandra_mesos.v1.RingChangeOperation[object.operation] !== 0))
                    switch (object.operation) {
                    case "RING_CHANGE_OPERATION_UNSPECIFIED":
                    case 0:
                        message.operation = 0;
                        break;
                    case "DECOMMISSION":
                    case 1:
                        message.operation = 1;
                        break;
                    case "REMOVE_NODE":
                    case 2:
                        message.operation = 2;
                        break;
                    default:
                        if (typeof object.operation === "number" && (object.operation | 0) === object.operation)
                            message.operation = object.operation;
                    }
                if (object.nodeId != null)
                    if (typeof object.nodeId !== "string" || object.nodeId.length)
                        message.nodeId = $String(object.nodeId);
                if (object.state !== 0 && (typeof object.state !== "string" || $root.cassandra_mesos.v1.RingChangeState[object.state] !== 0))
                    switch (object.state) {
                    case "RING_CHANGE_STATE_UNSPECIFIED":
                    case 0:
                        message.state = 0;
                        break;
                    case "RING_CHANGE_STARTED":
                    case 1:
                        message.state = 1;
                        break;
                    case "RING_CHANGE_SUCCEEDED":
                    case 2:
                        message.state = 2;
                        break;
                    case "RING_CHANGE_FAILED":
                    case 3:
                        message.state = 3;
                        break;
                    default:
                        if (typeof object.state === "number" && (object.state | 0) === object.state)
                            message.state = object.state;
                    }
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.durationMs != null)
                    if (typeof object.durationMs === "object" ? object.durationMs.low || object.durationMs.high : $Number(object.durationMs) !== 0)
                        if ($util.Long)
                            message.durationMs = $util.Long.fromValue(object.durationMs, false);
                        else if (typeof object.durationMs === "string")
                            message.durationMs = $parseInt(object.durationMs, 10);
                        else if (typeof object.durationMs === "number")
                            message.durationMs = object.durationMs;
                        else if (typeof object.durationMs === "object")
                            message.durationMs = new $util.LongBits(object.durationMs.low >>> 0, object.durationMs.high >>> 0).toNumber();
                return message;
            };

            RingChange.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.operation = options.enums === $String ? "RING_CHANGE_OPERATION_UNSPECIFIED" : 0;
                    object.nodeId = "";
                    object.state = options.enums === $String ? "RING_CHANGE_STATE_UNSPECIFIED" : 0;
                    object.message = "";
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.durationMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.durationMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.operation != null && $Object.hasOwnProperty.call(message, "operation"))
                    object.operation = options.enums === $String ? $root.cassandra_mesos.v1.RingChangeOperation[message.operation] === $undefined ? message.operation : $root.cassandra_mesos.v1.RingChangeOperation[message.operation] : message.operation;
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                    object.nodeId = message.nodeId;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = options.enums === $String ? $root.cassandra_mesos.v1.RingChangeState[message.state] === $undefined ? message.state : $root.cassandra_mesos.v1.RingChangeState[message.state] : message.state;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.durationMs = typeof message.durationMs === "number" ? $BigInt(message.durationMs) : $util.Long.fromBits(message.durationMs.low >>> 0, message.durationMs.high >>> 0, false).toBigInt();
                    else if (typeof message.durationMs === "number")
                        object.durationMs = options.longs === $String ? $String(message.durationMs) : message.durationMs;
                    else
                        object.durationMs = options.longs === $String ? $util.Long.prototype.toString.call(message.durationMs) : options.longs === $Number ? new $util.LongBits(message.durationMs.low >>> 0, message.durationMs.high >>> 0).toNumber() : message.durationMs;
                return object;
            };

            RingChange.prototype.toJSON = function() {
                return RingChange.toObject(this, $protobuf.util.toJSONOptions);
            };

            RingChange.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cassandra_mesos.v1.RingChange";
            };

            return RingChange;
        })();

        v1.ProtocolError = (function() {

            var ProtocolError = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ProtocolError.prototype.code = "";
            ProtocolError.prototype.message = "";

            ProtocolError.create = function(properties) {
                return new ProtocolError(properties);
            };

            ProtocolError.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                    writer.uint32(10).string(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(18).string(message.message);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ProtocolError.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            ProtocolError.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassandra_mesos.v1.ProtocolError();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ProtocolError.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            ProtocolError.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    if (!$util.isString(message.code))
                        return "code: string expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                return null;
            };

            ProtocolError.fromObject = function (object, _depth) {
                if (object instanceof $root.cassandra_mesos.v1.ProtocolError)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cassandra_mesos.v1.ProtocolError: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.cassandra_mesos.v1.ProtocolError();
                if (object.code != null)
                    if (typeof object.code !== "string" || object.code.length)
                        message.code = $String(object.code);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                return message;
            };

            ProtocolError.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.code = "";
                    object.message = "";
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                return object;
            };

            ProtocolError.prototype.toJSON = function() {
                return ProtocolError.toObject(this, $protobuf.util.toJSONOptions);
            };

            ProtocolError.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cassandra_mesos.v1.ProtocolError";
            };

            return ProtocolError;
        })();

        v1.TaskStatusDetails = (function() {

            var TaskStatusDetails = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            TaskStatusDetails.prototype.protocolVersion = 0;
            TaskStatusDetails.prototype.nodeId = "";
            TaskStatusDetails.prototype.serverStarted = null;
            TaskStatusDetails.prototype.serverExited = null;
            TaskStatusDetails.prototype.jobResult = null;
            TaskStatusDetails.prototype.error = null;

            var $oneOfFields;

            $Object.defineProperty(TaskStatusDetails.prototype, "details", {
                get: $util.oneOfGetter($oneOfFields = ["serverStarted", "serverExited", "jobResult", "error"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            TaskStatusDetails.create = function(properties) {
                return new TaskStatusDetails(properties);
            };

            TaskStatusDetails.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                    writer.uint32(8).uint32(message.protocolVersion);
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && message.nodeId !== "")
                    writer.uint32(18).string(message.nodeId);
                if (message.serverStarted != null && $Object.hasOwnProperty.call(message, "serverStarted"))
                    $root.cassandra_mesos.v1.ServerStarted.encode(message.serverStarted, writer.uint32(82).fork(), _depth + 1).ldelim();
                if (message.serverExited != null && $Object.hasOwnProperty.call(message, "serverExited"))
                    $root.cassandra_mesos.v1.ServerExited.encode(message.serverExited, writer.uint32(90).fork(), _depth + 1).ldelim();
                if (message.jobResult != null && $Object.hasOwnProperty.call(message, "jobResult"))
                    $root.cassandra_mesos.v1.NodeJobRecord.encode(message.jobResult, writer.uint32(98).fork(), _depth + 1).ldelim();
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.cassandra_mesos.v1.TaskError.encode(message.error, writer.uint32(106).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            TaskStatusDetails.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            TaskStatusDetails.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassandra_mesos.v1.TaskStatusDetails();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.protocolVersion = value;
                            else
                                delete message.protocolVersion;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.nodeId = value;
                            else
                                delete message.nodeId;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.serverStarted = $root.cassandra_mesos.v1.ServerStarted.decode(reader, reader.size(), $undefined, _depth + 1, message.serverStarted);
                            message.details = "serverStarted";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.serverExited = $root.cassandra_mesos.v1.ServerExited.decode(reader, reader.size(), $undefined, _depth + 1, message.serverExited);
                            message.details = "serverExited";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.jobResult = $root.cassandra_mesos.v1.NodeJobRecord.decode(reader, reader.size(), $undefined, _depth + 1, message.jobResult);
                            message.details = "jobResult";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.cassandra_mesos.v1.TaskError.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message.details = "error";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            TaskStatusDetails.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            TaskStatusDetails.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                var properties = {};
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                    if (!$util.isInteger(message.protocolVersion))
                        return "protocolVersion: integer expected";
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                    if (!$util.isString(message.nodeId))
                        return "nodeId: string expected";
                if (message.serverStarted != null && $Object.hasOwnProperty.call(message, "serverStarted")) {
                    properties.details = 1;
                    {
                        var error = $root.cassandra_mesos.v1.ServerStarted.verify(message.serverStarted, _depth + 1);
                        if (error)
                            return "serverStarted." + error;
                    }
                }
                if (message.serverExited != null && $Object.hasOwnProperty.call(message, "serverExited")) {
                    if (properties.details === 1)
                        return "details: multiple values";
                    properties.details = 1;
                    {
                        var error = $root.cassandra_mesos.v1.ServerExited.verify(message.serverExited, _depth + 1);
                        if (error)
                            return "serverExited." + error;
                    }
                }
                if (message.jobResult != null && $Object.hasOwnProperty.call(message, "jobResult")) {
                    if (properties.details === 1)
                        return "details: multiple values";
                    properties.details = 1;
                    {
                        var error = $root.cassandra_mesos.v1.NodeJobRecord.verify(message.jobResult, _depth + 1);
                        if (error)
                            return "jobResult." + error;
                    }
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    if (properties.details === 1)
                        return "details: multiple values";
                    properties.details = 1;
                    {
                        var error = $root.cassandra_mesos.v1.TaskError.verify(message.error, _depth + 1);
                        if (error)
                            return "error." + error;
                    }
                }
                return null;
            };

            TaskStatusDetails.fromObject = function (object, _depth) {
                if (object instanceof $root.cassandra_mesos.v1.TaskStatusDetails)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cassandra_mesos.v1.TaskStatusDetails: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.cassandra_mesos.v1.TaskStatusDetails();
                if (object.protocolVersion != null)
                    if ($Number(object.protocolVersion) !== 0)
                        message.protocolVersion = object.protocolVersion >>> 0;
                if (object.nodeId != null)
                    if (typeof object.nodeId !== "string" || object.nodeId.length)
                        message.nodeId = $String(object.nodeId);
                if (object.serverStarted != null) {
                    if (!$util.isObject(object.serverStarted))
                        throw $TypeError(".cassandra_mesos.v1.TaskStatusDetails.serverStarted: object expected");
                    message.serverStarted = $root.cassandra_mesos.v1.ServerStarted.fromObject(object.serverStarted, _depth + 1);
                }
                if (object.serverExited != null) {
                    if (!$util.isObject(object.serverExited))
                        throw $TypeError(".cassandra_mesos.v1.TaskStatusDetails.serverExited: object expected");
                    message.serverExited = $root.cassandra_mesos.v1.ServerExited.fromObject(object.serverExited, _depth + 1);
                }
                if (object.jobResult != null) {
                    if (!$util.isObject(object.jobResult))
                        throw $TypeError(".cassandra_mesos.v1.TaskStatusDetails.jobResult: object expected");
                    message.jobResult = $root.cassandra_mesos.v1.NodeJobRecord.fromObject(object.jobResult, _depth + 1);
                }
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".cassandra_mesos.v1.TaskStatusDetails.error: object expected");
                    message.error = $root.cassandra_mesos.v1.TaskError.fromObject(object.error, _depth + 1);
                }
                return message;
            };

            TaskStatusDetails.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.protocolVersion = 0;
                    object.nodeId = "";
                }
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                    object.protocolVersion = message.protocolVersion;
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                    object.nodeId = message.nodeId;
                if (message.serverStarted != null && $Object.hasOwnProperty.call(message, "serverStarted")) {
                    object.serverStarted = $root.cassandra_mesos.v1.ServerStarted.toObject(message.serverStarted, options, _depth + 1);
                    if (options.oneofs)
                        object.details = "serverStarted";
                }
                if (message.serverExited != null && $Object.hasOwnProperty.call(message, "serverExited")) {
                    object.serverExited = $root.cassandra_mesos.v1.ServerExited.toObject(message.serverExited, options, _depth + 1);
                    if (options.oneofs)
                        object.details = "serverExited";
                }
                if (message.jobResult != null && $Object.hasOwnProperty.call(message, "jobResult")) {
                    object.jobResult = $root.cassandra_mesos.v1.NodeJobRecord.toObject(message.jobResult, options, _depth + 1);
                    if (options.oneofs)
                        object.details = "jobResult";
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    object.error = $root.cassandra_mesos.v1.TaskError.toObject(message.error, options, _depth + 1);
                    if (options.oneofs)
                        object.details = "error";
                }
                return object;
            };

            TaskStatusDetails.prototype.toJSON = function() {
                return TaskStatusDetails.toObject(this, $protobuf.util.toJSONOptions);
            };

            TaskStatusDetails.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cassandra_mesos.v1.TaskStatusDetails";
            };

            return TaskStatusDetails;
        })();

        v1.ServerStarted = (function() {

            var ServerStarted = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ServerStarted.prototype.pid = 0;
            ServerStarted.prototype.ports = null;
            ServerStarted.prototype.jolokiaUrl = "";
            ServerStarted.prototype.configId = "";

            ServerStarted.create = function(properties) {
                return new ServerStarted(properties);
            };

            ServerStarted.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                    writer.uint32(8).int32(message.pid);
                if (message.ports != null && $Object.hasOwnProperty.call(message, "ports"))
                    $root.cassandra_mesos.v1.NodePorts.encode(message.ports, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.jolokiaUrl != null && $Object.hasOwnProperty.call(message, "jolokiaUrl") && message.jolokiaUrl !== "")
                    writer.uint32(26).string(message.jolokiaUrl);
                if (message.configId != null && $Object.hasOwnProperty.call(message, "configId") && message.configId !== "")
                    writer.uint32(34).string(message.configId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ServerStarted.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            ServerStarted.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassandra_mesos.v1.ServerStarted();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.pid = value;
                            else
                                delete message.pid;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.ports = $root.cassandra_mesos.v1.NodePorts.decode(reader, reader.size(), $undefined, _depth + 1, message.ports);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.jolokiaUrl = value;
                            else
                                delete message.jolokiaUrl;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.configId = value;
                            else
                                delete message.configId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ServerStarted.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            ServerStarted.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid"))
                    if (!$util.isInteger(message.pid))
                        return "pid: integer expected";
                if (message.ports != null && $Object.hasOwnProperty.call(message, "ports")) {
                    var error = $root.cassandra_mesos.v1.NodePorts.verify(message.ports, _depth + 1);
                    if (error)
                        return "ports." + error;
                }
                if (message.jolokiaUrl != null && $Object.hasOwnProperty.call(message, "jolokiaUrl"))
                    if (!$util.isString(message.jolokiaUrl))
                        return "jolokiaUrl: string expected";
                if (message.configId != null && $Object.hasOwnProperty.call(message, "configId"))
                    if (!$util.isString(message.configId))
                        return "configId: string expected";
                return null;
            };

            ServerStarted.fromObject = function (object, _depth) {
                if (object instanceof $root.cassandra_mesos.v1.ServerStarted)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cassandra_mesos.v1.ServerStarted: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.cassandra_mesos.v1.ServerStarted();
                if (object.pid != null)
                    if ($Number(object.pid) !== 0)
                        message.pid = object.pid | 0;
                if (object.ports != null) {
                    if (!$util.isObject(object.ports))
                        throw $TypeError(".cassandra_mesos.v1.ServerStarted.ports: object expected");
                    message.ports = $root.cassandra_mesos.v1.NodePorts.fromObject(object.ports, _depth + 1);
                }
                if (object.jolokiaUrl != null)
                    if (typeof object.jolokiaUrl !== "string" || object.jolokiaUrl.length)
                        message.jolokiaUrl = $String(object.jolokiaUrl);
                if (object.configId != null)
                    if (typeof object.configId !== "string" || object.configId.length)
                        message.configId = $String(object.configId);
                return message;
            };

            ServerStarted.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.pid = 0;
                    object.ports = null;
                    object.jolokiaUrl = "";
                    object.configId = "";
                }
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid"))
                    object.pid = message.pid;
                if (message.ports != null && $Object.hasOwnProperty.call(message, "ports"))
                    object.ports = $root.cassandra_mesos.v1.NodePorts.toObject(message.ports, options, _depth + 1);
                if (message.jolokiaUrl != null && $Object.hasOwnProperty.call(message, "jolokiaUrl"))
                    object.jolokiaUrl = message.jolokiaUrl;
                if (message.configId != null && $Object.hasOwnProperty.call(message, "configId"))
                    object.configId = message.configId;
                return object;
            };

            ServerStarted.prototype.toJSON = function() {
                return ServerStarted.toObject(this, $protobuf.util.toJSONOptions);
            };

            ServerStarted.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cassandra_mesos.v1.ServerStarted";
            };

            return ServerStarted;
        })();

        v1.ServerExited = (function() {

            var ServerExited = function (properties) {
                this.logTail = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ServerExited.prototype.exitCode = 0;
            ServerExited.prototype.signal = "";
            ServerExited.prototype.logTail = $util.emptyArray;
            ServerExited.prototype.drained = false;

            ServerExited.create = function(properties) {
                return new ServerExited(properties);
            };

            ServerExited.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.exitCode != null && $Object.hasOwnProperty.call(message, "exitCode") && message.exitCode !== 0)
                    writer.uint32(8).int32(message.exitCode);
                if (message.signal != null && $Object.hasOwnProperty.call(message, "signal") && message.signal !== "")
                    writer.uint32(18).string(message.signal);
                if (message.logTail != null && message.logTail.length)
                    for (var i = 0; i < message.logTail.length; ++i)
                        writer.uint32(26).string(message.logTail[i]);
                if (message.drained != null && $Object.hasOwnProperty.call(message, "drained") && message.drained !== false)
                    writer.uint32(32).bool(message.drained);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ServerExited.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            ServerExited.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassandra_mesos.v1.ServerExited();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.exitCode = value;
                            else
                                delete message.exitCode;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.signal = value;
                            else
                                delete message.signal;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.logTail && message.logTail.length))
                                message.logTail = [];
                            message.logTail.push(reader.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.drained = value;
                            else
                                delete message.drained;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ServerExited.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            ServerExited.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.exitCode != null && $Object.hasOwnProperty.call(message, "exitCode"))
                    if (!$util.isInteger(message.exitCode))
                        return "exitCode: integer expected";
                if (message.signal != null && $Object.hasOwnProperty.call(message, "signal"))
                    if (!$util.isString(message.signal))
                        return "signal: string expected";
                if (message.logTail != null && $Object.hasOwnProperty.call(message, "logTail")) {
                    if (!$Array.isArray(message.logTail))
                        return "logTail: array expected";
                    for (var i = 0; i < message.logTail.length; ++i)
                        if (!$util.isString(message.logTail[i]))
                            return "logTail: string[] expected";
                }
                if (message.drained != null && $Object.hasOwnProperty.call(message, "drained"))
                    if (typeof message.drained !== "boolean")
                        return "drained: boolean expected";
                return null;
            };

            ServerExited.fromObject = function (object, _depth) {
                if (object instanceof $root.cassandra_mesos.v1.ServerExited)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cassandra_mesos.v1.ServerExited: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.cassandra_mesos.v1.ServerExited();
                if (object.exitCode != null)
                    if ($Number(object.exitCode) !== 0)
                        message.exitCode = object.exitCode | 0;
                if (object.signal != null)
                    if (typeof object.signal !== "string" || object.signal.length)
                        message.signal = $String(object.signal);
                if (object.logTail) {
                    if (!$Array.isArray(object.logTail))
                        throw $TypeError(".cassandra_mesos.v1.ServerExited.logTail: array expected");
                    message.logTail = $Array(object.logTail.length);
                    for (var i = 0; i < object.logTail.length; ++i)
                        message.logTail[i] = $String(object.logTail[i]);
                }
                if (object.drained != null)
                    if (object.drained)
                        message.drained = $Boolean(object.drained);
                return message;
            };

            ServerExited.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults)
                    object.logTail = [];
                if (options.defaults) {
                    object.exitCode = 0;
                    object.signal = "";
                    object.drained = false;
                }
                if (message.exitCode != null && $Object.hasOwnProperty.call(message, "exitCode"))
                    object.exitCode = message.exitCode;
                if (message.signal != null && $Object.hasOwnProperty.call(message, "signal"))
                    object.signal = message.signal;
                if (message.logTail && message.logTail.length) {
                    object.logTail = $Array(message.logTail.length);
                    for (var j = 0; j < message.logTail.length; ++j)
                        object.logTail[j] = message.logTail[j];
                }
                if (message.drained != null && $Object.hasOwnProperty.call(message, "drained"))
                    object.drained = message.drained;
                return object;
            };

            ServerExited.prototype.toJSON = function() {
                return ServerExited.toObject(this, $protobuf.util.toJSONOptions);
            };

            ServerExited.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cassandra_mesos.v1.ServerExited";
            };

            return ServerExited;
        })();

        v1.TaskErrorType = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "TASK_ERROR_TYPE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "INVALID_TASK"] = 1;
            values[valuesById[2] = "START_FAILED"] = 2;
            values[valuesById[3] = "PROCESS_NOT_RUNNING"] = 3;
            values[valuesById[4] = "ANOTHER_JOB_RUNNING"] = 4;
            values[valuesById[5] = "JOB_FAILED"] = 5;
            values[valuesById[6] = "CONFIG_WRITE_FAILED"] = 6;
            return values;
        })();

        v1.TaskError = (function() {

            var TaskError = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            TaskError.prototype.type = 0;
            TaskError.prototype.message = "";

            TaskError.create = function(properties) {
                return new TaskError(properties);
            };

            TaskError.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                    writer.uint32(8).int32(message.type);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(18).string(message.message);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            TaskError.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            TaskError.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassandra_mesos.v1.TaskError();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            TaskError.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            TaskError.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    if (typeof message.type !== "number" || (message.type | 0) !== message.type)
                        return "type: enum value expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                return null;
            };

            TaskError.fromObject = function (object, _depth) {
                if (object instanceof $root.cassandra_mesos.v1.TaskError)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cassandra_mesos.v1.TaskError: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.cassandra_mesos.v1.TaskError();
                if (object.type !== 0 && (typeof object.type !== "string" || $root.cassandra_mesos.v1.TaskErrorType[object.type] !== 0))
                    switch (object.type) {
                    case "TASK_ERROR_TYPE_UNSPECIFIED":
                    case 0:
                        message.type = 0;
                        break;
                    case "INVALID_TASK":
                    case 1:
                        message.type = 1;
                        break;
                    case "START_FAILED":
                    case 2:
                        message.type = 2;
                        break;
                    case "PROCESS_NOT_RUNNING":
                    case 3:
                        message.type = 3;
                        break;
                    case "ANOTHER_JOB_RUNNING":
                    case 4:
                        message.type = 4;
                        break;
                    case "JOB_FAILED":
                    case 5:
                        message.type = 5;
                        break;
                    case "CONFIG_WRITE_FAILED":
                    case 6:
                        message.type = 6;
                        break;
                    default:
                        if (typeof object.type === "number" && (object.type | 0) === object.type)
                            message.type = object.type;
                    }
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                return message;
            };

            TaskError.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.type = options.enums === $String ? "TASK_ERROR_TYPE_UNSPECIFIED" : 0;
                    object.message = "";
                }
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = options.enums === $String ? $root.cassandra_mesos.v1.TaskErrorType[message.type] === $undefined ? message.type : $root.cassandra_mesos.v1.TaskErrorType[message.type] : message.type;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                return object;
            };

            TaskError.prototype.toJSON = function() {
                return TaskError.toObject(this, $protobuf.util.toJSONOptions);
            };

            TaskError.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cassandra_mesos.v1.TaskError";
            };

            return TaskError;
        })();

        v1.TargetRunState = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "TARGET_RUN_STATE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "RUN"] = 1;
            values[valuesById[2] = "STOP"] = 2;
            values[valuesById[3] = "RESTART"] = 3;
            values[valuesById[4] = "TERMINATE"] = 4;
            return values;
        })();

        v1.NodeTaskKind = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "NODE_TASK_KIND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "SERVER"] = 1;
            values[valuesById[2] = "NODE_JOB"] = 2;
            values[valuesById[3] = "CONFIG_UPDATE"] = 3;
            return values;
        })();

        v1.NodeTask = (function() {

            var NodeTask = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            NodeTask.prototype.taskId = "";
            NodeTask.prototype.kind = 0;
            NodeTask.prototype.state = "";
            NodeTask.prototype.launchedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            NodeTask.prototype.stateAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            NodeTask.prototype.configId = "";
            NodeTask.prototype.jobId = "";
            NodeTask.prototype.killRequestedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            NodeTask.prototype.killReason = "";

            NodeTask.create = function(properties) {
                return new NodeTask(properties);
            };

            NodeTask.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId") && message.taskId !== "")
                    writer.uint32(10).string(message.taskId);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(16).int32(message.kind);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== "")
                    writer.uint32(26).string(message.state);
                if (message.launchedAtMs != null && $Object.hasOwnProperty.call(message, "launchedAtMs") && (typeof message.launchedAtMs === "object" ? message.launchedAtMs.low || message.launchedAtMs.high : message.launchedAtMs !== 0))
                    writer.uint32(32).int64(message.launchedAtMs);
                if (message.stateAtMs != null && $Object.hasOwnProperty.call(message, "stateAtMs") && (typeof message.stateAtMs === "object" ? message.stateAtMs.low || message.stateAtMs.high : message.stateAtMs !== 0))
                    writer.uint32(40).int64(message.stateAtMs);
                if (message.configId != null && $Object.hasOwnProperty.call(message, "configId") && message.configId !== "")
                    writer.uint32(50).string(message.configId);
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && message.jobId !== "")
                    writer.uint32(58).string(message.jobId);
                if (message.killRequestedAtMs != null && $Object.hasOwnProperty.call(message, "killRequestedAtMs") && (typeof message.killRequestedAtMs === "object" ? message.killRequestedAtMs.low || message.killRequestedAtMs.high : message.killRequestedAtMs !== 0))
                    writer.uint32(64).int64(message.killRequestedAtMs);
                if (message.killReason != null && $Object.hasOwnProperty.call(message, "killReason") && message.killReason !== "")
                    writer.uint32(74).string(message.killReason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            NodeTask.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            NodeTask.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassandra_mesos.v1.NodeTask();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.taskId = value;
                            else
                                delete message.taskId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.launchedAtMs = value;
                            else
                                delete message.launchedAtMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.stateAtMs = value;
                            else
                                delete message.stateAtMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.configId = value;
                            else
                                delete message.configId;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.jobId = value;
                            else
                                delete message.jobId;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.killRequestedAtMs = value;
                            else
                                delete message.killRequestedAtMs;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.killReason = value;
                            else
                                delete message.killReason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            NodeTask.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            NodeTask.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    if (!$util.isString(message.taskId))
                        return "taskId: string expected";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (typeof message.kind !== "number" || (message.kind | 0) !== message.kind)
                        return "kind: enum value expected";
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    if (!$util.isString(message.state))
                        return "state: string expected";
                if (message.launchedAtMs != null && $Object.hasOwnProperty.call(message, "launchedAtMs"))
                    if (!$util.isInteger(message.launchedAtMs) && !(message.launchedAtMs && $util.isInteger(message.launchedAtMs.low) && $util.isInteger(message.launchedAtMs.high)))
                        return "launchedAtMs: integer|Long expected";
                if (message.stateAtMs != null && $Object.hasOwnProperty.call(message, "stateAtMs"))
                    if (!$util.isInteger(message.stateAtMs) && !(message.stateAtMs && $util.isInteger(message.stateAtMs.low) && $util.isInteger(message.stateAtMs.high)))
                        return "stateAtMs: integer|Long expected";
                if (message.configId != null && $Object.hasOwnProperty.call(message, "configId"))
                    if (!$util.isString(message.configId))
                        return "configId: string expected";
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                    if (!$util.isString(message.jobId))
                        return "jobId: string expected";
                if (message.killRequestedAtMs != null && $Object.hasOwnProperty.call(message, "killRequestedAtMs"))
                    if (!$util.isInteger(message.killRequestedAtMs) && !(message.killRequestedAtMs && $util.isInteger(message.killRequestedAtMs.low) && $util.isInteger(message.killRequestedAtMs.high)))
                        return "killRequestedAtMs: integer|Long expected";
                if (message.killReason != null && $Object.hasOwnProperty.call(message, "killReason"))
                    if (!$util.isString(message.killReason))
                        return "killReason: string expected";
                return null;
            };

            NodeTask.fromObject = function (object, _depth) {
                if (object instanceof $root.cassandra_mesos.v1.NodeTask)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cassandra_mesos.v1.NodeTask: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.cassandra_mesos.v1.NodeTask();
                if (object.taskId != null)
                    if (typeof object.taskId !== "string" || object.taskId.length)
                        message.taskId = $String(object.taskId);
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.cassandra_mesos.v1.NodeTaskKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "NODE_TASK_KIND_UNSPECIFIED":
                    case 0:
                        message.kind = 0;
                        break;
                    case "SERVER":
                    case 1:
                        message.kind = 1;
                        break;
                    case "NODE_JOB":
                    case 2:
                        message.kind = 2;
                        break;
                    case "CONFIG_UPDATE":
                    case 3:
                        message.kind = 3;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                if (object.state != null)
                    if (typeof object.state !== "string" || object.state.length)
                        message.state = $String(object.state);
                if (object.launchedAtMs != null)
                    if (typeof object.launchedAtMs === "object" ? object.launchedAtMs.low || object.launchedAtMs.high : $Number(object.launchedAtMs) !== 0)
                        if ($util.Long)
                            message.launchedAtMs = $util.Long.fromValue(object.launchedAtMs, false);
                        else if (typeof object.launchedAtMs === "string")
                            message.launchedAtMs = $parseInt(object.launchedAtMs, 10);
                        else if (typeof object.launchedAtMs === "number")
                            message.launchedAtMs = object.launchedAtMs;
                        else if (typeof object.launchedAtMs === "object")
                            message.launchedAtMs = new $util.LongBits(object.launchedAtMs.low >>> 0, object.launchedAtMs.high >>> 0).toNumber();
                if (object.stateAtMs != null)
                    if (typeof object.stateAtMs === "object" ? object.stateAtMs.low || object.stateAtMs.high : $Number(object.stateAtMs) !== 0)
                        if ($util.Long)
                            message.stateAtMs = $util.Long.fromValue(object.stateAtMs, false);
                        else if (typeof object.stateAtMs === "string")
                            message.stateAtMs = $parseInt(object.stateAtMs, 10);
                        else if (typeof object.stateAtMs === "number")
                            message.stateAtMs = object.stateAtMs;
                        else if (typeof object.stateAtMs === "object")
                            message.stateAtMs = new $util.LongBits(object.stateAtMs.low >>> 0, object.stateAtMs.high >>> 0).toNumber();
                if (object.configId != null)
                    if (typeof object.configId !== "string" || object.configId.length)
                        message.configId = $String(object.configId);
                if (object.jobId != null)
                    if (typeof object.jobId !== "string" || object.jobId.length)
                        message.jobId = $String(object.jobId);
                if (object.killRequestedAtMs != null)
                    if (typeof object.killRequestedAtMs === "object" ? object.killRequestedAtMs.low || object.killRequestedAtMs.high : $Number(object.killRequestedAtMs) !== 0)
                        if ($util.Long)
                            message.killRequestedAtMs = $util.Long.fromValue(object.killRequestedAtMs, false);
                        else if (typeof object.killRequestedAtMs === "string")
                            message.killRequestedAtMs = $parseInt(object.killRequestedAtMs, 10);
                        else if (typeof object.killRequestedAtMs === "number")
                            message.killRequestedAtMs = object.killRequestedAtMs;
                        else if (typeof object.killRequestedAtMs === "object")
                            message.killRequestedAtMs = new $util.LongBits(object.killRequestedAtMs.low >>> 0, object.killRequestedAtMs.high >>> 0).toNumber();
                if (object.killReason != null)
                    if (typeof object.killReason !== "string" || object.killReason.length)
                        message.killReason = $String(object.killReason);
                return message;
            };

            NodeTask.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.taskId = "";
                    object.kind = options.enums === $String ? "NODE_TASK_KIND_UNSPECIFIED" : 0;
                    object.state = "";
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.launchedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.launchedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.stateAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.stateAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.configId = "";
                    object.jobId = "";
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.killRequestedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.killRequestedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.killReason = "";
                }
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    object.taskId = message.taskId;
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.cassandra_mesos.v1.NodeTaskKind[message.kind] === $undefined ? message.kind : $root.cassandra_mesos.v1.NodeTaskKind[message.kind] : message.kind;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = message.state;
                if (message.launchedAtMs != null && $Object.hasOwnProperty.call(message, "launchedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.launchedAtMs = typeof message.launchedAtMs === "number" ? $BigInt(message.launchedAtMs) : $util.Long.fromBits(message.launchedAtMs.low >>> 0, message.launchedAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.launchedAtMs === "number")
                        object.launchedAtMs = options.longs === $String ? $String(message.launchedAtMs) : message.launchedAtMs;
                    else
                        object.launchedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.launchedAtMs) : options.longs === $Number ? new $util.LongBits(message.launchedAtMs.low >>> 0, message.launchedAtMs.high >>> 0).toNumber() : message.launchedAtMs;
                if (message.stateAtMs != null && $Object.hasOwnProperty.call(message, "stateAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.stateAtMs = typeof message.stateAtMs === "number" ? $BigInt(message.stateAtMs) : $util.Long.fromBits(message.stateAtMs.low >>> 0, message.stateAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.stateAtMs === "number")
                        object.stateAtMs = options.longs === $String ? $String(message.stateAtMs) : message.stateAtMs;
                    else
                        object.stateAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.stateAtMs) : options.longs === $Number ? new $util.LongBits(message.stateAtMs.low >>> 0, message.stateAtMs.high >>> 0).toNumber() : message.stateAtMs;
                if (message.configId != null && $Object.hasOwnProperty.call(message, "configId"))
                    object.configId = message.configId;
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                    object.jobId = message.jobId;
                if (message.killRequestedAtMs != null && $Object.hasOwnProperty.call(message, "killRequestedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.killRequestedAtMs = typeof message.killRequestedAtMs === "number" ? $BigInt(message.killRequestedAtMs) : $util.Long.fromBits(message.killRequestedAtMs.low >>> 0, message.killRequestedAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.killRequestedAtMs === "number")
                        object.killRequestedAtMs = options.longs === $String ? $String(message.killRequestedAtMs) : message.killRequestedAtMs;
                    else
                        object.killRequestedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.killRequestedAtMs) : options.longs === $Number ? new $util.LongBits(message.killRequestedAtMs.low >>> 0, message.killRequestedAtMs.high >>> 0).toNumber() : message.killRequestedAtMs;
                if (message.killReason != null && $Object.hasOwnProperty.call(message, "killReason"))
                    object.killReason = message.killReason;
                return object;
            };

            NodeTask.prototype.toJSON = function() {
                return NodeTask.toObject(this, $protobuf.util.toJSONOptions);
            };

            NodeTask.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cassandra_mesos.v1.NodeTask";
            };

            return NodeTask;
        })();

        v1.NodeReservation = (function() {

            var NodeReservation = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            NodeReservation.prototype.agentId = "";
            NodeReservation.prototype.role = "";
            NodeReservation.prototype.reservationId = "";
            NodeReservation.prototype.persistenceId = "";
            NodeReservation.prototype.containerPath = "";
            NodeReservation.prototype.confirmed = false;
            NodeReservation.prototype.reservedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            NodeReservation.create = function(properties) {
                return new NodeReservation(properties);
            };

            NodeReservation.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId") && message.agentId !== "")
                    writer.uint32(10).string(message.agentId);
                if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== "")
                    writer.uint32(18).string(message.role);
                if (message.reservationId != null && $Object.hasOwnProperty.call(message, "reservationId") && message.reservationId !== "")
                    writer.uint32(26).string(message.reservationId);
                if (message.persistenceId != null && $Object.hasOwnProperty.call(message, "persistenceId") && message.persistenceId !== "")
                    writer.uint32(34).string(message.persistenceId);
                if (message.containerPath != null && $Object.hasOwnProperty.call(message, "containerPath") && message.containerPath !== "")
                    writer.uint32(42).string(message.containerPath);
                if (message.confirmed != null && $Object.hasOwnProperty.call(message, "confirmed") && message.confirmed !== false)
                    writer.uint32(48).bool(message.confirmed);
                if (message.reservedAtMs != null && $Object.hasOwnProperty.call(message, "reservedAtMs") && (typeof message.reservedAtMs === "object" ? message.reservedAtMs.low || message.reservedAtMs.high : message.reservedAtMs !== 0))
                    writer.uint32(56).int64(message.reservedAtMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            NodeReservation.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            NodeReservation.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassandra_mesos.v1.NodeReservation();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agentId = value;
                            else
                                delete message.agentId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.role = value;
                            else
                                delete message.role;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reservationId = value;
                            else
                                delete message.reservationId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.persistenceId = value;
                            else
                                delete message.persistenceId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.containerPath = value;
                            else
                                delete message.containerPath;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.confirmed = value;
                            else
                                delete message.confirmed;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.reservedAtMs = value;
                            else
                                delete message.reservedAtMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            NodeReservation.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            NodeReservation.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    if (!$util.isString(message.agentId))
                        return "agentId: string expected";
                if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                    if (!$util.isString(message.role))
                        return "role: string expected";
                if (message.reservationId != null && $Object.hasOwnProperty.call(message, "reservationId"))
                    if (!$util.isString(message.reservationId))
                        return "reservationId: string expected";
                if (message.persistenceId != null && $Object.hasOwnProperty.call(message, "persistenceId"))
                    if (!$util.isString(message.persistenceId))
                        return "persistenceId: string expected";
                if (message.containerPath != null && $Object.hasOwnProperty.call(message, "containerPath"))
                    if (!$util.isString(message.containerPath))
                        return "containerPath: string expected";
                if (message.confirmed != null && $Object.hasOwnProperty.call(message, "confirmed"))
                    if (typeof message.confirmed !== "boolean")
                        return "confirmed: boolean expected";
                if (message.reservedAtMs != null && $Object.hasOwnProperty.call(message, "reservedAtMs"))
                    if (!$util.isInteger(message.reservedAtMs) && !(message.reservedAtMs && $util.isInteger(message.reservedAtMs.low) && $util.isInteger(message.reservedAtMs.high)))
                        return "reservedAtMs: integer|Long expected";
                return null;
            };

            NodeReservation.fromObject = function (object, _depth) {
                if (object instanceof $root.cassandra_mesos.v1.NodeReservation)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cassandra_mesos.v1.NodeReservation: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.cassandra_mesos.v1.NodeReservation();
                if (object.agentId != null)
                    if (typeof object.agentId !== "string" || object.agentId.length)
                        message.agentId = $String(object.agentId);
                if (object.role != null)
                    if (typeof object.role !== "string" || object.role.length)
                        message.role = $String(object.role);
                if (object.reservationId != null)
                    if (typeof object.reservationId !== "string" || object.reservationId.length)
                        message.reservationId = $String(object.reservationId);
                if (object.persistenceId != null)
                    if (typeof object.persistenceId !== "string" || object.persistenceId.length)
                        message.persistenceId = $String(object.persistenceId);
                if (object.containerPath != null)
                    if (typeof object.containerPath !== "string" || object.containerPath.length)
                        message.containerPath = $String(object.containerPath);
                if (object.confirmed != null)
                    if (object.confirmed)
                        message.confirmed = $Boolean(object.confirmed);
                if (object.reservedAtMs != null)
                    if (typeof object.reservedAtMs === "object" ? object.reservedAtMs.low || object.reservedAtMs.high : $Number(object.reservedAtMs) !== 0)
                        if ($util.Long)
                            message.reservedAtMs = $util.Long.fromValue(object.reservedAtMs, false);
                        else if (typeof object.reservedAtMs === "string")
                            message.reservedAtMs = $parseInt(object.reservedAtMs, 10);
                        else if (typeof object.reservedAtMs === "number")
                            message.reservedAtMs = object.reservedAtMs;
                        else if (typeof object.reservedAtMs === "object")
                            message.reservedAtMs = new $util.LongBits(object.reservedAtMs.low >>> 0, object.reservedAtMs.high >>> 0).toNumber();
                return message;
            };

            NodeReservation.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.agentId = "";
                    object.role = "";
                    object.reservationId = "";
                    object.persistenceId = "";
                    object.containerPath = "";
                    object.confirmed = false;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.reservedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.reservedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    object.agentId = message.agentId;
                if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                    object.role = message.role;
                if (message.reservationId != null && $Object.hasOwnProperty.call(message, "reservationId"))
                    object.reservationId = message.reservationId;
                if (message.persistenceId != null && $Object.hasOwnProperty.call(message, "persistenceId"))
                    object.persistenceId = message.persistenceId;
                if (message.containerPath != null && $Object.hasOwnProperty.call(message, "containerPath"))
                    object.containerPath = message.containerPath;
                if (message.confirmed != null && $Object.hasOwnProperty.call(message, "confirmed"))
                    object.confirmed = message.confirmed;
                if (message.reservedAtMs != null && $Object.hasOwnProperty.call(message, "reservedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.reservedAtMs = typeof message.reservedAtMs === "number" ? $BigInt(message.reservedAtMs) : $util.Long.fromBits(message.reservedAtMs.low >>> 0, message.reservedAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.reservedAtMs === "number")
                        object.reservedAtMs = options.longs === $String ? $String(message.reservedAtMs) : message.reservedAtMs;
                    else
                        object.reservedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.reservedAtMs) : options.longs === $Number ? new $util.LongBits(message.reservedAtMs.low >>> 0, message.reservedAtMs.high >>> 0).toNumber() : message.reservedAtMs;
                return object;
            };

            NodeReservation.prototype.toJSON = function() {
                return NodeReservation.toObject(this, $protobuf.util.toJSONOptions);
            };

            NodeReservation.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cassandra_mesos.v1.NodeReservation";
            };

            return NodeReservation;
        })();

        v1.RestartBackoff = (function() {

            var RestartBackoff = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RestartBackoff.prototype.consecutiveFailures = 0;
            RestartBackoff.prototype.notBeforeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            RestartBackoff.prototype.lastFailure = "";
            RestartBackoff.prototype.lastFailureAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            RestartBackoff.prototype.taskInvalid = false;
            RestartBackoff.prototype.failedConfigId = "";

            RestartBackoff.create = function(properties) {
                return new RestartBackoff(properties);
            };

            RestartBackoff.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.consecutiveFailures != null && $Object.hasOwnProperty.call(message, "consecutiveFailures") && message.consecutiveFailures !== 0)
                    writer.uint32(8).uint32(message.consecutiveFailures);
                if (message.notBeforeMs != null && $Object.hasOwnProperty.call(message, "notBeforeMs") && (typeof message.notBeforeMs === "object" ? message.notBeforeMs.low || message.notBeforeMs.high : message.notBeforeMs !== 0))
                    writer.uint32(16).int64(message.notBeforeMs);
                if (message.lastFailure != null && $Object.hasOwnProperty.call(message, "lastFailure") && message.lastFailure !== "")
                    writer.uint32(26).string(message.lastFailure);
                if (message.lastFailureAtMs != null && $Object.hasOwnProperty.call(message, "lastFailureAtMs") && (typeof message.lastFailureAtMs === "object" ? message.lastFailureAtMs.low || message.lastFailureAtMs.high : message.lastFailureAtMs !== 0))
                    writer.uint32(32).int64(message.lastFailureAtMs);
                if (message.taskInvalid != null && $Object.hasOwnProperty.call(message, "taskInvalid") && message.taskInvalid !== false)
                    writer.uint32(40).bool(message.taskInvalid);
                if (message.failedConfigId != null && $Object.hasOwnProperty.call(message, "failedConfigId") && message.failedConfigId !== "")
                    writer.uint32(50).string(message.failedConfigId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RestartBackoff.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            RestartBackoff.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassandra_mesos.v1.RestartBackoff();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.consecutiveFailures = value;
                            else
                                delete message.consecutiveFailures;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.notBeforeMs = value;
                            else
                                delete message.notBeforeMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.lastFailure = value;
                            else
                                delete message.lastFailure;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastFailureAtMs = value;
                            else
                                delete message.lastFailureAtMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.taskInvalid = value;
                            else
                                delete message.taskInvalid;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.failedConfigId = value;
                            else
                                delete message.failedConfigId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            RestartBackoff.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            RestartBackoff.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.consecutiveFailures != null && $Object.hasOwnProperty.call(message, "consecutiveFailures"))
                    if (!$util.isInteger(message.consecutiveFailures))
                        return "consecutiveFailures: integer expected";
                if (message.notBeforeMs != null && $Object.hasOwnProperty.call(message, "notBeforeMs"))
                    if (!$util.isInteger(message.notBeforeMs) && !(message.notBeforeMs && $util.isInteger(message.notBeforeMs.low) && $util.isInteger(message.notBeforeMs.high)))
                        return "notBeforeMs: integer|Long expected";
                if (message.lastFailure != null && $Object.hasOwnProperty.call(message, "lastFailure"))
                    if (!$util.isString(message.lastFailure))
                        return "lastFailure: string expected";
                if (message.lastFailureAtMs != null && $Object.hasOwnProperty.call(message, "lastFailureAtMs"))
                    if (!$util.isInteger(message.lastFailureAtMs) && !(message.lastFailureAtMs && $util.isInteger(message.lastFailureAtMs.low) && $util.isInteger(message.lastFailureAtMs.high)))
                        return "lastFailureAtMs: integer|Long expected";
                if (message.taskInvalid != null && $Object.hasOwnProperty.call(message, "taskInvalid"))
                    if (typeof message.taskInvalid !== "boolean")
                        return "taskInvalid: boolean expected";
                if (message.failedConfigId != null && $Object.hasOwnProperty.call(message, "failedConfigId"))
                    if (!$util.isString(message.failedConfigId))
                        return "failedConfigId: string expected";
                return null;
            };

            RestartBackoff.fromObject = function (object, _depth) {
                if (object instanceof $root.cassandra_mesos.v1.RestartBackoff)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cassandra_mesos.v1.RestartBackoff: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.cassandra_mesos.v1.RestartBackoff();
                if (object.consecutiveFailures != null)
                    if ($Number(object.consecutiveFailures) !== 0)
                        message.consecutiveFailures = object.consecutiveFailures >>> 0;
                if (object.notBeforeMs != null)
                    if (typeof object.notBeforeMs === "object" ? object.notBeforeMs.low || object.notBeforeMs.high : $Number(object.notBeforeMs) !== 0)
                        if ($util.Long)
                            message.notBeforeMs = $util.Long.fromValue(object.notBeforeMs, false);
                        else if (typeof object.notBeforeMs === "string")
                            message.notBeforeMs = $parseInt(object.notBeforeMs, 10);
                        else if (typeof object.notBeforeMs === "number")
                            message.notBeforeMs = object.notBeforeMs;
                        else if (typeof object.notBeforeMs === "object")
                            message.notBeforeMs = new $util.LongBits(object.notBeforeMs.low >>> 0, object.notBeforeMs.high >>> 0).toNumber();
                if (object.lastFailure != null)
                    if (typeof object.lastFailure !== "string" || object.lastFailure.length)
                        message.lastFailure = $String(object.lastFailure);
                if (object.lastFailureAtMs != null)
                    if (typeof object.lastFailureAtMs === "object" ? object.lastFailureAtMs.low || object.lastFailureAtMs.high : $Number(object.lastFailureAtMs) !== 0)
                        if ($util.Long)
                            message.lastFailureAtMs = $util.Long.fromValue(object.lastFailureAtMs, false);
                        else if (typeof object.lastFailureAtMs === "string")
                            message.lastFailureAtMs = $parseInt(object.lastFailureAtMs, 10);
                        else if (typeof object.lastFailureAtMs === "number")
                            message.lastFailureAtMs = object.lastFailureAtMs;
                        else if (typeof object.lastFailureAtMs === "object")
                            message.lastFailureAtMs = new $util.LongBits(object.lastFailureAtMs.low >>> 0, object.lastFailureAtMs.high >>> 0).toNumber();
                if (object.taskInvalid != null)
                    if (object.taskInvalid)
                        message.taskInvalid = $Boolean(object.taskInvalid);
                if (object.failedConfigId != null)
                    if (typeof object.failedConfigId !== "string" || object.failedConfigId.length)
                        message.failedConfigId = $String(object.failedConfigId);
                return message;
            };

            RestartBackoff.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.consecutiveFailures = 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.notBeforeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.notBeforeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.lastFailure = "";
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.lastFailureAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.lastFailureAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.taskInvalid = false;
                    object.failedConfigId = "";
                }
                if (message.consecutiveFailures != null && $Object.hasOwnProperty.call(message, "consecutiveFailures"))
                    object.consecutiveFailures = message.consecutiveFailures;
                if (message.notBeforeMs != null && $Object.hasOwnProperty.call(message, "notBeforeMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.notBeforeMs = typeof message.notBeforeMs === "number" ? $BigInt(message.notBeforeMs) : $util.Long.fromBits(message.notBeforeMs.low >>> 0, message.notBeforeMs.high >>> 0, false).toBigInt();
                    else if (typeof message.notBeforeMs === "number")
                        object.notBeforeMs = options.longs === $String ? $String(message.notBeforeMs) : message.notBeforeMs;
                    else
                        object.notBeforeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.notBeforeMs) : options.longs === $Number ? new $util.LongBits(message.notBeforeMs.low >>> 0, message.notBeforeMs.high >>> 0).toNumber() : message.notBeforeMs;
                if (message.lastFailure != null && $Object.hasOwnProperty.call(message, "lastFailure"))
                    object.lastFailure = message.lastFailure;
                if (message.lastFailureAtMs != null && $Object.hasOwnProperty.call(message, "lastFailureAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.lastFailureAtMs = typeof message.lastFailureAtMs === "number" ? $BigInt(message.lastFailureAtMs) : $util.Long.fromBits(message.lastFailureAtMs.low >>> 0, message.lastFailureAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.lastFailureAtMs === "number")
                        object.lastFailureAtMs = options.longs === $String ? $String(message.lastFailureAtMs) : message.lastFailureAtMs;
                    else
                        object.lastFailureAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.lastFailureAtMs) : options.longs === $Number ? new $util.LongBits(message.lastFailureAtMs.low >>> 0, message.lastFailureAtMs.high >>> 0).toNumber() : message.lastFailureAtMs;
                if (message.taskInvalid != null && $Object.hasOwnProperty.call(message, "taskInvalid"))
                    object.taskInvalid = message.taskInvalid;
                if (message.failedConfigId != null && $Object.hasOwnProperty.call(message, "failedConfigId"))
                    object.failedConfigId = message.failedConfigId;
                return object;
            };

            RestartBackoff.prototype.toJSON = function() {
                return RestartBackoff.toObject(this, $protobuf.util.toJSONOptions);
            };

            RestartBackoff.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cassandra_mesos.v1.RestartBackoff";
            };

            return RestartBackoff;
        })();

        v1.NodeRecord = (function() {

            var NodeRecord = function (properties) {
                this.tasks = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            NodeRecord.prototype.nodeId = "";
            NodeRecord.prototype.index = 0;
            NodeRecord.prototype.hostname = "";
            NodeRecord.prototype.ip = "";
            NodeRecord.prototype.agentId = "";
            NodeRecord.prototype.executorId = "";
            NodeRecord.prototype.seed = false;
            NodeRecord.prototype.targetRunState = 0;
            NodeRecord.prototype.rackDc = null;
            NodeRecord.prototype.tasks = $util.emptyArray;
            NodeRecord.prototype.reservation = null;
            NodeRecord.prototype.appliedConfigId = "";
            NodeRecord.prototype.replaceIp = "";
            NodeRecord.prototype.replacesNodeId = "";
            NodeRecord.prototype.hostId = "";
            NodeRecord.prototype.serverPid = 0;
            NodeRecord.prototype.backoff = null;
            NodeRecord.prototype.createdAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            NodeRecord.prototype.agentLostAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            NodeRecord.prototype.lastRepairAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            NodeRecord.prototype.lastCleanupAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            NodeRecord.prototype.health = null;
            NodeRecord.prototype.decommissioned = false;
            NodeRecord.prototype.firstLiveAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            NodeRecord.prototype.leavingSinceMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            NodeRecord.prototype.removalRequestedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            NodeRecord.prototype.removalError = "";
            NodeRecord.prototype.removalChosen = false;
            NodeRecord.prototype.seedPreference = 0;
            NodeRecord.prototype.executorResourcesJson = "";

            NodeRecord.create = function(properties) {
                return new NodeRecord(properties);
            };

            NodeRecord.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && message.nodeId !== "")
                    writer.uint32(10).string(message.nodeId);
                if (message.index != null && $Object.hasOwnProperty.call(message, "index") && message.index !== 0)
                    writer.uint32(16).uint32(message.index);
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname") && message.hostname !== "")
                    writer.uint32(26).string(message.hostname);
                if (message.ip != null && $Object.hasOwnProperty.call(message, "ip") && message.ip !== "")
                    writer.uint32(34).string(message.ip);
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId") && message.agentId !== "")
                    writer.uint32(42).string(message.agentId);
                if (message.executorId != null && $Object.hasOwnProperty.call(message, "executorId") && message.executorId !== "")
                    writer.uint32(50).string(message.executorId);
                if (message.seed != null && $Object.hasOwnProperty.call(message, "seed") && message.seed !== false)
                    writer.uint32(56).bool(message.seed);
                if (message.targetRunState != null && $Object.hasOwnProperty.call(message, "targetRunState") && message.targetRunState !== 0)
                    writer.uint32(64).int32(message.targetRunState);
                if (message.rackDc != null && $Object.hasOwnProperty.call(message, "rackDc"))
                    $root.cassandra_mesos.v1.RackDc.encode(message.rackDc, writer.uint32(74).fork(), _depth + 1).ldelim();
                if (message.tasks != null && message.tasks.length)
                    for (var i = 0; i < message.tasks.length; ++i)
                        $root.cassandra_mesos.v1.NodeTask.encode(message.tasks[i], writer.uint32(82).fork(), _depth + 1).ldelim();
                if (message.reservation != null && $Object.hasOwnProperty.call(message, "reservation"))
                    $root.cassandra_mesos.v1.NodeReservation.encode(message.reservation, writer.uint32(90).fork(), _depth + 1).ldelim();
                if (message.appliedConfigId != null && $Object.hasOwnProperty.call(message, "appliedConfigId") && message.appliedConfigId !== "")
                    writer.uint32(98).string(message.appliedConfigId);
                if (message.replaceIp != null && $Object.hasOwnProperty.call(message, "replaceIp") && message.replaceIp !== "")
                    writer.uint32(106).string(message.replaceIp);
                if (message.replacesNodeId != null && $Object.hasOwnProperty.call(message, "replacesNodeId") && message.replacesNodeId !== "")
                    writer.uint32(114).string(message.replacesNodeId);
                if (message.hostId != null && $Object.hasOwnProperty.call(message, "hostId") && message.hostId !== "")
                    writer.uint32(122).string(message.hostId);
                if (message.serverPid != null && $Object.hasOwnProperty.call(message, "serverPid") && message.serverPid !== 0)
                    writer.uint32(128).int32(message.serverPid);
                if (message.backoff != null && $Object.hasOwnProperty.call(message, "backoff"))
                    $root.cassandra_mesos.v1.RestartBackoff.encode(message.backoff, writer.uint32(138).fork(), _depth + 1).ldelim();
                if (message.createdAtMs != null && $Object.hasOwnProperty.call(message, "createdAtMs") && (typeof message.createdAtMs === "object" ? message.createdAtMs.low || message.createdAtMs.high : message.createdAtMs !== 0))
                    writer.uint32(144).int64(message.createdAtMs);
                if (message.agentLostAtMs != null && $Object.hasOwnProperty.call(message, "agentLostAtMs") && (typeof message.agentLostAtMs === "object" ? message.agentLostAtMs.low || message.agentLostAtMs.high : message.agentLostAtMs !== 0))
                    writer.uint32(152).int64(message.agentLostAtMs);
                if (message.lastRepairAtMs != null && $Object.hasOwnProperty.call(message, "lastRepairAtMs") && (typeof message.lastRepairAtMs === "object" ? message.lastRepairAtMs.low || message.lastRepairAtMs.high : message.lastRepairAtMs !== 0))
                    writer.uint32(160).int64(message.lastRepairAtMs);
                if (message.lastCleanupAtMs != null && $Object.hasOwnProperty.call(message, "lastCleanupAtMs") && (typeof message.lastCleanupAtMs === "object" ? message.lastCleanupAtMs.low || message.lastCleanupAtMs.high : message.lastCleanupAtMs !== 0))
                    writer.uint32(168).int64(message.lastCleanupAtMs);
                if (message.health != null && $Object.hasOwnProperty.call(message, "health"))
                    $root.cassandra_mesos.v1.NodeHealthSummary.encode(message.health, writer.uint32(178).fork(), _depth + 1).ldelim();
                if (message.decommissioned != null && $Object.hasOwnProperty.call(message, "decommissioned") && message.decommissioned !== false)
                    writer.uint32(184).bool(message.decommissioned);
                if (message.firstLiveAtMs != null && $Object.hasOwnProperty.call(message, "firstLiveAtMs") && (typeof message.firstLiveAtMs === "object" ? message.firstLiveAtMs.low || message.firstLiveAtMs.high : message.firstLiveAtMs !== 0))
                    writer.uint32(192).int64(message.firstLiveAtMs);
                if (message.leavingSinceMs != null && $Object.hasOwnProperty.call(message, "leavingSinceMs") && (typeof message.leavingSinceMs === "object" ? message.leavingSinceMs.low || message.leavingSinceMs.high : message.leavingSinceMs !== 0))
                    writer.uint32(200).int64(message.leavingSinceMs);
                if (message.removalRequestedAtMs != null && $Object.hasOwnProperty.call(message, "removalRequestedAtMs") && (typeof message.removalRequestedAtMs === "object" ? message.removalRequestedAtMs.low || message.removalRequestedAtMs.high : message.removalRequestedAtMs !== 0))
                    writer.uint32(208).int64(message.removalRequestedAtMs);
                if (message.removalError != null && $Object.hasOwnProperty.call(message, "removalError") && message.removalError !== "")
                    writer.uint32(218).string(message.removalError);
                if (message.removalChosen != null && $Object.hasOwnProperty.call(message, "removalChosen") && message.removalChosen !== false)
                    writer.uint32(224).bool(message.removalChosen);
                if (message.seedPreference != null && $Object.hasOwnProperty.call(message, "seedPreference") && message.seedPreference !== 0)
                    writer.uint32(232).int32(message.seedPreference);
                if (message.executorResourcesJson != null && $Object.hasOwnProperty.call(message, "executorResourcesJson") && message.executorResourcesJson !== "")
                    writer.uint32(242).string(message.executorResourcesJson);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            NodeRecord.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            NodeRecord.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassandra_mesos.v1.NodeRecord();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.nodeId = value;
                            else
                                delete message.nodeId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.index = value;
                            else
                                delete message.index;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hostname = value;
                            else
                                delete message.hostname;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ip = value;
                            else
                                delete message.ip;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agentId = value;
                            else
                                delete message.agentId;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.executorId = value;
                            else
                                delete message.executorId;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.seed = value;
                            else
                                delete message.seed;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.targetRunState = value;
                            else
                                delete message.targetRunState;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.rackDc = $root.cassandra_mesos.v1.RackDc.decode(reader, reader.size(), $undefined, _depth + 1, message.rackDc);
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if (!(message.tasks && message.tasks.length))
                                message.tasks = [];
                            message.tasks.push($root.cassandra_mesos.v1.NodeTask.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.reservation = $root.cassandra_mesos.v1.NodeReservation.decode(reader, reader.size(), $undefined, _depth + 1, message.reservation);
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.appliedConfigId = value;
                            else
                                delete message.appliedConfigId;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.replaceIp = value;
                            else
                                delete message.replaceIp;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.replacesNodeId = value;
                            else
                                delete message.replacesNodeId;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hostId = value;
                            else
                                delete message.hostId;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.serverPid = value;
                            else
                                delete message.serverPid;
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            message.backoff = $root.cassandra_mesos.v1.RestartBackoff.decode(reader, reader.size(), $undefined, _depth + 1, message.backoff);
                            continue;
                        }
                    case 18: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.createdAtMs = value;
                            else
                                delete message.createdAtMs;
                            continue;
                        }
                    case 19: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.agentLostAtMs = value;
                            else
                                delete message.agentLostAtMs;
                            continue;
                        }
                    case 20: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastRepairAtMs = value;
                            else
                                delete message.lastRepairAtMs;
                            continue;
                        }
                    case 21: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastCleanupAtMs = value;
                            else
                                delete message.lastCleanupAtMs;
                            continue;
                        }
                    case 22: {
                            if (wireType !== 2)
                                break;
                            message.health = $root.cassandra_mesos.v1.NodeHealthSummary.decode(reader, reader.size(), $undefined, _depth + 1, message.health);
                            continue;
                        }
                    case 23: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.decommissioned = value;
                            else
                                delete message.decommissioned;
                            continue;
                        }
                    case 24: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.firstLiveAtMs = value;
                            else
                                delete message.firstLiveAtMs;
                            continue;
                        }
                    case 25: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.leavingSinceMs = value;
                            else
                                delete message.leavingSinceMs;
                            continue;
                        }
                    case 26: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.removalRequestedAtMs = value;
                            else
                                delete message.removalRequestedAtMs;
                            continue;
                        }
                    case 27: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.removalError = value;
                            else
                                delete message.removalError;
                            continue;
                        }
                    case 28: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.removalChosen = value;
                            else
                                delete message.removalChosen;
                            continue;
                        }
                    case 29: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.seedPreference = value;
                            else
                                delete message.seedPreference;
                            continue;
                        }
                    case 30: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.executorResourcesJson = value;
                            else
                                delete message.executorResourcesJson;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            NodeRecord.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            NodeRecord.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                    if (!$util.isString(message.nodeId))
                        return "nodeId: string expected";
                if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                    if (!$util.isInteger(message.index))
                        return "index: integer expected";
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                    if (!$util.isString(message.hostname))
                        return "hostname: string expected";
                if (message.ip != null && $Object.hasOwnProperty.call(message, "ip"))
                    if (!$util.isString(message.ip))
                        return "ip: string expected";
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    if (!$util.isString(message.agentId))
                        return "agentId: string expected";
                if (message.executorId != null && $Object.hasOwnProperty.call(message, "executorId"))
                    if (!$util.isString(message.executorId))
                        return "executorId: string expected";
                if (message.seed != null && $Object.hasOwnProperty.call(message, "seed"))
                    if (typeof message.seed !== "boolean")
                        return "seed: boolean expected";
                if (message.targetRunState != null && $Object.hasOwnProperty.call(message, "targetRunState"))
                    if (typeof message.targetRunState !== "number" || (message.targetRunState | 0) !== message.targetRunState)
                        return "targetRunState: enum value expected";
                if (message.rackDc != null && $Object.hasOwnProperty.call(message, "rackDc")) {
                    var error = $root.cassandra_mesos.v1.RackDc.verify(message.rackDc, _depth + 1);
                    if (error)
                        return "rackDc." + error;
                }
                if (message.tasks != null && $Object.hasOwnProperty.call(message, "tasks")) {
                    if (!$Array.isArray(message.tasks))
                        return "tasks: array expected";
                    for (var i = 0; i < message.tasks.length; ++i) {
                        var error = $root.cassandra_mesos.v1.NodeTask.verify(message.tasks[i], _depth + 1);
                        if (error)
                            return "tasks." + error;
                    }
                }
                if (message.reservation != null && $Object.hasOwnProperty.call(message, "reservation")) {
                    var error = $root.cassandra_mesos.v1.NodeReservation.verify(message.reservation, _depth + 1);
                    if (error)
                        return "reservation." + error;
                }
                if (message.appliedConfigId != null && $Object.hasOwnProperty.call(message, "appliedConfigId"))
                    if (!$util.isString(message.appliedConfigId))
                        return "appliedConfigId: string expected";
                if (message.replaceIp != null && $Object.hasOwnProperty.call(message, "replaceIp"))
                    if (!$util.isString(message.replaceIp))
                        return "replaceIp: string expected";
                if (message.replacesNodeId != null && $Object.hasOwnProperty.call(message, "replacesNodeId"))
                    if (!$util.isString(message.replacesNodeId))
                        return "replacesNodeId: string expected";
                if (message.hostId != null && $Object.hasOwnProperty.call(message, "hostId"))
                    if (!$util.isString(message.hostId))
                        return "hostId: string expected";
                if (message.serverPid != null && $Object.hasOwnProperty.call(message, "serverPid"))
                    if (!$util.isInteger(message.serverPid))
                        return "serverPid: integer expected";
                if (message.backoff != null && $Object.hasOwnProperty.call(message, "backoff")) {
                    var error = $root.cassandra_mesos.v1.RestartBackoff.verify(message.backoff, _depth + 1);
                    if (error)
                        return "backoff." + error;
                }
                if (message.createdAtMs != null && $Object.hasOwnProperty.call(message, "createdAtMs"))
                    if (!$util.isInteger(message.createdAtMs) && !(message.createdAtMs && $util.isInteger(message.createdAtMs.low) && $util.isInteger(message.createdAtMs.high)))
                        return "createdAtMs: integer|Long expected";
                if (message.agentLostAtMs != null && $Object.hasOwnProperty.call(message, "agentLostAtMs"))
                    if (!$util.isInteger(message.agentLostAtMs) && !(message.agentLostAtMs && $util.isInteger(message.agentLostAtMs.low) && $util.isInteger(message.agentLostAtMs.high)))
                        return "agentLostAtMs: integer|Long expected";
                if (message.lastRepairAtMs != null && $Object.hasOwnProperty.call(message, "lastRepairAtMs"))
                    if (!$util.isInteger(message.lastRepairAtMs) && !(message.lastRepairAtMs && $util.isInteger(message.lastRepairAtMs.low) && $util.isInteger(message.lastRepairAtMs.high)))
                        return "lastRepairAtMs: integer|Long expected";
                if (message.lastCleanupAtMs != null && $Object.hasOwnProperty.call(message, "lastCleanupAtMs"))
                    if (!$util.isInteger(message.lastCleanupAtMs) && !(message.lastCleanupAtMs && $util.isInteger(message.lastCleanupAtMs.low) && $util.isInteger(message.lastCleanupAtMs.high)))
                        return "lastCleanupAtMs: integer|Long expected";
                if (message.health != null && $Object.hasOwnProperty.call(message, "health")) {
                    var error = $root.cassandra_mesos.v1.NodeHealthSummary.verify(message.health, _depth + 1);
                    if (error)
                        return "health." + error;
                }
                if (message.decommissioned != null && $Object.hasOwnProperty.call(message, "decommissioned"))
                    if (typeof message.decommissioned !== "boolean")
                        return "decommissioned: boolean expected";
                if (message.firstLiveAtMs != null && $Object.hasOwnProperty.call(message, "firstLiveAtMs"))
                    if (!$util.isInteger(message.firstLiveAtMs) && !(message.firstLiveAtMs && $util.isInteger(message.firstLiveAtMs.low) && $util.isInteger(message.firstLiveAtMs.high)))
                        return "firstLiveAtMs: integer|Long expected";
                if (message.leavingSinceMs != null && $Object.hasOwnProperty.call(message, "leavingSinceMs"))
                    if (!$util.isInteger(message.leavingSinceMs) && !(message.leavingSinceMs && $util.isInteger(message.leavingSinceMs.low) && $util.isInteger(message.leavingSinceMs.high)))
                        return "leavingSinceMs: integer|Long expected";
                if (message.removalRequestedAtMs != null && $Object.hasOwnProperty.call(message, "removalRequestedAtMs"))
                    if (!$util.isInteger(message.removalRequestedAtMs) && !(message.removalRequestedAtMs && $util.isInteger(message.removalRequestedAtMs.low) && $util.isInteger(message.removalRequestedAtMs.high)))
                        return "removalRequestedAtMs: integer|Long expected";
                if (message.removalError != null && $Object.hasOwnProperty.call(message, "removalError"))
                    if (!$util.isString(message.removalError))
                        return "removalError: string expected";
                if (message.removalChosen != null && $Object.hasOwnProperty.call(message, "removalChosen"))
                    if (typeof message.removalChosen !== "boolean")
                        return "removalChosen: boolean expected";
                if (message.seedPreference != null && $Object.hasOwnProperty.call(message, "seedPreference"))
                    if (typeof message.seedPreference !== "number" || (message.seedPreference | 0) !== message.seedPreference)
                        return "seedPreference: enum value expected";
                if (message.executorResourcesJson != null && $Object.hasOwnProperty.call(message, "executorResourcesJson"))
                    if (!$util.isString(message.executorResourcesJson))
                        return "executorResourcesJson: string expected";
                return null;
            };

            NodeRecord.fromObject = function (object, _depth) {
                if (object instanceof $root.cassandra_mesos.v1.NodeRecord)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cassandra_mesos.v1.NodeRecord: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.cassandra_mesos.v1.NodeRecord();
                if (object.nodeId != null)
                    if (typeof object.nodeId !== "string" || object.nodeId.length)
                        message.nodeId = $String(object.nodeId);
                if (object.index != null)
                    if ($Number(object.index) !== 0)
                        message.index = object.index >>> 0;
                if (object.hostname != null)
                    if (typeof object.hostname !== "string" || object.hostname.length)
                        message.hostname = $String(object.hostname);
                if (object.ip != null)
                    if (typeof object.ip !== "string" || object.ip.length)
                        message.ip = $String(object.ip);
                if (object.agentId != null)
                    if (typeof object.agentId !== "string" || object.agentId.length)
                        message.agentId = $String(object.agentId);
                if (object.executorId != null)
                    if (typeof object.executorId !== "string" || object.executorId.length)
                        message.executorId = $String(object.executorId);
                if (object.seed != null)
                    if (object.seed)
                        message.seed = $Boolean(object.seed);
                if (object.targetRunState !== 0 && (typeof object.targetRunState !== "string" || $root.cassandra_mesos.v1.TargetRunState[object.targetRunState] !== 0))
                    switch (object.targetRunState) {
                    case "TARGET_RUN_STATE_UNSPECIFIED":
                    case 0:
                        message.targetRunState = 0;
                        break;
                    case "RUN":
                    case 1:
                        message.targetRunState = 1;
                        break;
                    case "STOP":
                    case 2:
                        message.targetRunState = 2;
                        break;
                    case "RESTART":
                    case 3:
                        message.targetRunState = 3;
                        break;
                    case "TERMINATE":
                    case 4:
                        message.targetRunState = 4;
                        break;
                    default:
                        if (typeof object.targetRunState === "number" && (object.targetRunState | 0) === object.targetRunState)
                            message.targetRunState = object.targetRunState;
                    }
                if (object.rackDc != null) {
                    if (!$util.isObject(object.rackDc))
                        throw $TypeError(".cassandra_mesos.v1.NodeRecord.rackDc: object expected");
                    message.rackDc = $root.cassandra_mesos.v1.RackDc.fromObject(object.rackDc, _depth + 1);
                }
                if (object.tasks) {
                    if (!$Array.isArray(object.tasks))
                        throw $TypeError(".cassandra_mesos.v1.NodeRecord.tasks: array expected");
                    message.tasks = $Array(object.tasks.length);
                    for (var i = 0; i < object.tasks.length; ++i) {
                        if (!$util.isObject(object.tasks[i]))
                            throw $TypeError(".cassandra_mesos.v1.NodeRecord.tasks: object expected");
                        message.tasks[i] = $root.cassandra_mesos.v1.NodeTask.fromObject(object.tasks[i], _depth + 1);
                    }
                }
                if (object.reservation != null) {
                    if (!$util.isObject(object.reservation))
                        throw $TypeError(".cassandra_mesos.v1.NodeRecord.reservation: object expected");
                    message.reservation = $root.cassandra_mesos.v1.NodeReservation.fromObject(object.reservation, _depth + 1);
                }
                if (object.appliedConfigId != null)
                    if (typeof object.appliedConfigId !== "string" || object.appliedConfigId.length)
                        message.appliedConfigId = $String(object.appliedConfigId);
                if (object.replaceIp != null)
                    if (typeof object.replaceIp !== "string" || object.replaceIp.length)
                        message.replaceIp = $String(object.replaceIp);
                if (object.replacesNodeId != null)
                    if (typeof object.replacesNodeId !== "string" || object.replacesNodeId.length)
                        message.replacesNodeId = $String(object.replacesNodeId);
                if (object.hostId != null)
                    if (typeof object.hostId !== "string" || object.hostId.length)
                        message.hostId = $String(object.hostId);
                if (object.serverPid != null)
                    if ($Number(object.serverPid) !== 0)
                        message.serverPid = object.serverPid | 0;
                if (object.backoff != null) {
                    if (!$util.isObject(object.backoff))
                        throw $TypeError(".cassandra_mesos.v1.NodeRecord.backoff: object expected");
                    message.backoff = $root.cassandra_mesos.v1.RestartBackoff.fromObject(object.backoff, _depth + 1);
                }
                if (object.createdAtMs != null)
                    if (typeof object.createdAtMs === "object" ? object.createdAtMs.low || object.createdAtMs.high : $Number(object.createdAtMs) !== 0)
                        if ($util.Long)
                            message.createdAtMs = $util.Long.fromValue(object.createdAtMs, false);
                        else if (typeof object.createdAtMs === "string")
                            message.createdAtMs = $parseInt(object.createdAtMs, 10);
                        else if (typeof object.createdAtMs === "number")
                            message.createdAtMs = object.createdAtMs;
                        else if (typeof object.createdAtMs === "object")
                            message.createdAtMs = new $util.LongBits(object.createdAtMs.low >>> 0, object.createdAtMs.high >>> 0).toNumber();
                if (object.agentLostAtMs != null)
                    if (typeof object.agentLostAtMs === "object" ? object.agentLostAtMs.low || object.agentLostAtMs.high : $Number(object.agentLostAtMs) !== 0)
                        if ($util.Long)
                            message.agentLostAtMs = $util.Long.fromValue(object.agentLostAtMs, false);
                        else if (typeof object.agentLostAtMs === "string")
                            message.agentLostAtMs = $parseInt(object.agentLostAtMs, 10);
                        else if (typeof object.agentLostAtMs === "number")
                            message.agentLostAtMs = object.agentLostAtMs;
                        else if (typeof object.agentLostAtMs === "object")
                            message.agentLostAtMs = new $util.LongBits(object.agentLostAtMs.low >>> 0, object.agentLostAtMs.high >>> 0).toNumber();
                if (object.lastRepairAtMs != null)
                    if (typeof object.lastRepairAtMs === "object" ? object.lastRepairAtMs.low || object.lastRepairAtMs.high : $Number(object.lastRepairAtMs) !== 0)
                        if ($util.Long)
                            message.lastRepairAtMs = $util.Long.fromValue(object.lastRepairAtMs, false);
                        else if (typeof object.lastRepairAtMs === "string")
                            message.lastRepairAtMs = $parseInt(object.lastRepairAtMs, 10);
                        else if (typeof object.lastRepairAtMs === "number")
                            message.lastRepairAtMs = object.lastRepairAtMs;
                        else if (typeof object.lastRepairAtMs === "object")
                            message.lastRepairAtMs = new $util.LongBits(object.lastRepairAtMs.low >>> 0, object.lastRepairAtMs.high >>> 0).toNumber();
                if (object.lastCleanupAtMs != null)
                    if (typeof object.lastCleanupAtMs === "object" ? object.lastCleanupAtMs.low || object.lastCleanupAtMs.high : $Number(object.lastCleanupAtMs) !== 0)
                        if ($util.Long)
                            message.lastCleanupAtMs = $util.Long.fromValue(object.lastCleanupAtMs, false);
                        else if (typeof object.lastCleanupAtMs === "string")
                            message.lastCleanupAtMs = $parseInt(object.lastCleanupAtMs, 10);
                        else if (typeof object.lastCleanupAtMs === "number")
                            message.lastCleanupAtMs = object.lastCleanupAtMs;
                        else if (typeof object.lastCleanupAtMs === "object")
                            message.lastCleanupAtMs = new $util.LongBits(object.lastCleanupAtMs.low >>> 0, object.lastCleanupAtMs.high >>> 0).toNumber();
                if (object.health != null) {
                    if (!$util.isObject(object.health))
                        throw $TypeError(".cassandra_mesos.v1.NodeRecord.health: object expected");
                    message.health = $root.cassandra_mesos.v1.NodeHealthSummary.fromObject(object.health, _depth + 1);
                }
                if (object.decommissioned != null)
                    if (object.decommissioned)
                        message.decommissioned = $Boolean(object.decommissioned);
                if (object.firstLiveAtMs != null)
                    if (typeof object.firstLiveAtMs === "object" ? object.firstLiveAtMs.low || object.firstLiveAtMs.high : $Number(object.firstLiveAtMs) !== 0)
                        if ($util.Long)
                            message.firstLiveAtMs = $util.Long.fromValue(object.firstLiveAtMs, false);
                        else if (typeof object.firstLiveAtMs === "string")
                            message.firstLiveAtMs = $parseInt(object.firstLiveAtMs, 10);
                        else if (typeof object.firstLiveAtMs === "number")
                            message.firstLiveAtMs = object.firstLiveAtMs;
                        else if (typeof object.firstLiveAtMs === "object")
                            message.firstLiveAtMs = new $util.LongBits(object.firstLiveAtMs.low >>> 0, object.firstLiveAtMs.high >>> 0).toNumber();
                if (object.leavingSinceMs != null)
                    if (typeof object.leavingSinceMs === "object" ? object.leavingSinceMs.low || object.leavingSinceMs.high : $Number(object.leavingSinceMs) !== 0)
                        if ($util.Long)
                            message.leavingSinceMs = $util.Long.fromValue(object.leavingSinceMs, false);
                        else if (typeof object.leavingSinceMs === "string")
                            message.leavingSinceMs = $parseInt(object.leavingSinceMs, 10);
                        else if (typeof object.leavingSinceMs === "number")
                            message.leavingSinceMs = object.leavingSinceMs;
                        else if (typeof object.leavingSinceMs === "object")
                            message.leavingSinceMs = new $util.LongBits(object.leavingSinceMs.low >>> 0, object.leavingSinceMs.high >>> 0).toNumber();
                if (object.removalRequestedAtMs != null)
                    if (typeof object.removalRequestedAtMs === "object" ? object.removalRequestedAtMs.low || object.removalRequestedAtMs.high : $Number(object.removalRequestedAtMs) !== 0)
                        if ($util.Long)
                            message.removalRequestedAtMs = $util.Long.fromValue(object.removalRequestedAtMs, false);
                        else if (typeof object.removalRequestedAtMs === "string")
                            message.removalRequestedAtMs = $parseInt(object.removalRequestedAtMs, 10);
                        else if (typeof object.removalRequestedAtMs === "number")
                            message.removalRequestedAtMs = object.removalRequestedAtMs;
                        else if (typeof object.removalRequestedAtMs === "object")
                            message.removalRequestedAtMs = new $util.LongBits(object.removalRequestedAtMs.low >>> 0, object.removalRequestedAtMs.high >>> 0).toNumber();
                if (object.removalError != null)
                    if (typeof object.removalError !== "string" || object.removalError.length)
                        message.removalError = $String(object.removalError);
                if (object.removalChosen != null)
                    if (object.removalChosen)
                        message.removalChosen = $Boolean(object.removalChosen);
                if (object.seedPreference !== 0 && (typeof object.seedPreference !== "string" || $root.cassandra_mesos.v1.SeedPreference[object.seedPreference] !== 0))
                    switch (object.seedPreference) {
                    case "SEED_PREFERENCE_UNSPECIFIED":
                    case 0:
                        message.seedPreference = 0;
                        break;
                    case "PREFER_SEED":
                    case 1:
                        message.seedPreference = 1;
                        break;
                    case "NEVER_SEED":
                    case 2:
                        message.seedPreference = 2;
                        break;
                    default:
                        if (typeof object.seedPreference === "number" && (object.seedPreference | 0) === object.seedPreference)
                            message.seedPreference = object.seedPreference;
                    }
                if (object.executorResourcesJson != null)
                    if (typeof object.executorResourcesJson !== "string" || object.executorResourcesJson.length)
                        message.executorResourcesJson = $String(object.executorResourcesJson);
                return message;
            };

            NodeRecord.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults)
                    object.tasks = [];
                if (options.defaults) {
                    object.nodeId = "";
                    object.index = 0;
                    object.hostname = "";
                    object.ip = "";
                    object.agentId = "";
                    object.executorId = "";
                    object.seed = false;
                    object.targetRunState = options.enums === $String ? "TARGET_RUN_STATE_UNSPECIFIED" : 0;
                    object.rackDc = null;
                    object.reservation = null;
                    object.appliedConfigId = "";
                    object.replaceIp = "";
                    object.replacesNodeId = "";
                    object.hostId = "";
                    object.serverPid = 0;
                    object.backoff = null;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.createdAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.createdAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.agentLostAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.agentLostAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.lastRepairAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.lastRepairAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.lastCleanupAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.lastCleanupAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.health = null;
                    object.decommissioned = false;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.firstLiveAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.firstLiveAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.leavingSinceMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.leavingSinceMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.removalRequestedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.removalRequestedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.removalError = "";
                    object.removalChosen = false;
                    object.seedPreference = options.enums === $String ? "SEED_PREFERENCE_UNSPECIFIED" : 0;
                    object.executorResourcesJson = "";
                }
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                    object.nodeId = message.nodeId;
                if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                    object.index = message.index;
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                    object.hostname = message.hostname;
                if (message.ip != null && $Object.hasOwnProperty.call(message, "ip"))
                    object.ip = message.ip;
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    object.agentId = message.agentId;
                if (message.executorId != null && $Object.hasOwnProperty.call(message, "executorId"))
                    object.executorId = message.executorId;
                if (message.seed != null && $Object.hasOwnProperty.call(message, "seed"))
                    object.seed = message.seed;
                if (message.targetRunState != null && $Object.hasOwnProperty.call(message, "targetRunState"))
                    object.targetRunState = options.enums === $String ? $root.cassandra_mesos.v1.TargetRunState[message.targetRunState] === $undefined ? message.targetRunState : $root.cassandra_mesos.v1.TargetRunState[message.targetRunState] : message.targetRunState;
                if (message.rackDc != null && $Object.hasOwnProperty.call(message, "rackDc"))
                    object.rackDc = $root.cassandra_mesos.v1.RackDc.toObject(message.rackDc, options, _depth + 1);
                if (message.tasks && message.tasks.length) {
                    object.tasks = $Array(message.tasks.length);
                    for (var j = 0; j < message.tasks.length; ++j)
                        object.tasks[j] = $root.cassandra_mesos.v1.NodeTask.toObject(message.tasks[j], options, _depth + 1);
                }
                if (message.reservation != null && $Object.hasOwnProperty.call(message, "reservation"))
                    object.reservation = $root.cassandra_mesos.v1.NodeReservation.toObject(message.reservation, options, _depth + 1);
                if (message.appliedConfigId != null && $Object.hasOwnProperty.call(message, "appliedConfigId"))
                    object.appliedConfigId = message.appliedConfigId;
                if (message.replaceIp != null && $Object.hasOwnProperty.call(message, "replaceIp"))
                    object.replaceIp = message.replaceIp;
                if (message.replacesNodeId != null && $Object.hasOwnProperty.call(message, "replacesNodeId"))
                    object.replacesNodeId = message.replacesNodeId;
                if (message.hostId != null && $Object.hasOwnProperty.call(message, "hostId"))
                    object.hostId = message.hostId;
                if (message.serverPid != null && $Object.hasOwnProperty.call(message, "serverPid"))
                    object.serverPid = message.serverPid;
                if (message.backoff != null && $Object.hasOwnProperty.call(message, "backoff"))
                    object.backoff = $root.cassandra_mesos.v1.RestartBackoff.toObject(message.backoff, options, _depth + 1);
                if (message.createdAtMs != null && $Object.hasOwnProperty.call(message, "createdAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.createdAtMs = typeof message.createdAtMs === "number" ? $BigInt(message.createdAtMs) : $util.Long.fromBits(message.createdAtMs.low >>> 0, message.createdAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.createdAtMs === "number")
                        object.createdAtMs = options.longs === $String ? $String(message.createdAtMs) : message.createdAtMs;
                    else
                        object.createdAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.createdAtMs) : options.longs === $Number ? new $util.LongBits(message.createdAtMs.low >>> 0, message.createdAtMs.high >>> 0).toNumber() : message.createdAtMs;
                if (message.agentLostAtMs != null && $Object.hasOwnProperty.call(message, "agentLostAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.agentLostAtMs = typeof message.agentLostAtMs === "number" ? $BigInt(message.agentLostAtMs) : $util.Long.fromBits(message.agentLostAtMs.low >>> 0, message.agentLostAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.agentLostAtMs === "number")
                        object.agentLostAtMs = options.longs === $String ? $String(message.agentLostAtMs) : message.agentLostAtMs;
                    else
                        object.agentLostAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.agentLostAtMs) : options.longs === $Number ? new $util.LongBits(message.agentLostAtMs.low >>> 0, message.agentLostAtMs.high >>> 0).toNumber() : message.agentLostAtMs;
                if (message.lastRepairAtMs != null && $Object.hasOwnProperty.call(message, "lastRepairAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.lastRepairAtMs = typeof message.lastRepairAtMs === "number" ? $BigInt(message.lastRepairAtMs) : $util.Long.fromBits(message.lastRepairAtMs.low >>> 0, message.lastRepairAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.lastRepairAtMs === "number")
                        object.lastRepairAtMs = options.longs === $String ? $String(message.lastRepairAtMs) : message.lastRepairAtMs;
                    else
                        object.lastRepairAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.lastRepairAtMs) : options.longs === $Number ? new $util.LongBits(message.lastRepairAtMs.low >>> 0, message.lastRepairAtMs.high >>> 0).toNumber() : message.lastRepairAtMs;
                if (message.lastCleanupAtMs != null && $Object.hasOwnProperty.call(message, "lastCleanupAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.lastCleanupAtMs = typeof message.lastCleanupAtMs === "number" ? $BigInt(message.lastCleanupAtMs) : $util.Long.fromBits(message.lastCleanupAtMs.low >>> 0, message.lastCleanupAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.lastCleanupAtMs === "number")
                        object.lastCleanupAtMs = options.longs === $String ? $String(message.lastCleanupAtMs) : message.lastCleanupAtMs;
                    else
                        object.lastCleanupAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.lastCleanupAtMs) : options.longs === $Number ? new $util.LongBits(message.lastCleanupAtMs.low >>> 0, message.lastCleanupAtMs.high >>> 0).toNumber() : message.lastCleanupAtMs;
                if (message.health != null && $Object.hasOwnProperty.call(message, "health"))
                    object.health = $root.cassandra_mesos.v1.NodeHealthSummary.toObject(message.health, options, _depth + 1);
                if (message.decommissioned != null && $Object.hasOwnProperty.call(message, "decommissioned"))
                    object.decommissioned = message.decommissioned;
                if (message.firstLiveAtMs != null && $Object.hasOwnProperty.call(message, "firstLiveAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.firstLiveAtMs = typeof message.firstLiveAtMs === "number" ? $BigInt(message.firstLiveAtMs) : $util.Long.fromBits(message.firstLiveAtMs.low >>> 0, message.firstLiveAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.firstLiveAtMs === "number")
                        object.firstLiveAtMs = options.longs === $String ? $String(message.firstLiveAtMs) : message.firstLiveAtMs;
                    else
                        object.firstLiveAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.firstLiveAtMs) : options.longs === $Number ? new $util.LongBits(message.firstLiveAtMs.low >>> 0, message.firstLiveAtMs.high >>> 0).toNumber() : message.firstLiveAtMs;
                if (message.leavingSinceMs != null && $Object.hasOwnProperty.call(message, "leavingSinceMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.leavingSinceMs = typeof message.leavingSinceMs === "number" ? $BigInt(message.leavingSinceMs) : $util.Long.fromBits(message.leavingSinceMs.low >>> 0, message.leavingSinceMs.high >>> 0, false).toBigInt();
                    else if (typeof message.leavingSinceMs === "number")
                        object.leavingSinceMs = options.longs === $String ? $String(message.leavingSinceMs) : message.leavingSinceMs;
                    else
                        object.leavingSinceMs = options.longs === $String ? $util.Long.prototype.toString.call(message.leavingSinceMs) : options.longs === $Number ? new $util.LongBits(message.leavingSinceMs.low >>> 0, message.leavingSinceMs.high >>> 0).toNumber() : message.leavingSinceMs;
                if (message.removalRequestedAtMs != null && $Object.hasOwnProperty.call(message, "removalRequestedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.removalRequestedAtMs = typeof message.removalRequestedAtMs === "number" ? $BigInt(message.removalRequestedAtMs) : $util.Long.fromBits(message.removalRequestedAtMs.low >>> 0, message.removalRequestedAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.removalRequestedAtMs === "number")
                        object.removalRequestedAtMs = options.longs === $String ? $String(message.removalRequestedAtMs) : message.removalRequestedAtMs;
                    else
                        object.removalRequestedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.removalRequestedAtMs) : options.longs === $Number ? new $util.LongBits(message.removalRequestedAtMs.low >>> 0, message.removalRequestedAtMs.high >>> 0).toNumber() : message.removalRequestedAtMs;
                if (message.removalError != null && $Object.hasOwnProperty.call(message, "removalError"))
                    object.removalError = message.removalError;
                if (message.removalChosen != null && $Object.hasOwnProperty.call(message, "removalChosen"))
                    object.removalChosen = message.removalChosen;
                if (message.seedPreference != null && $Object.hasOwnProperty.call(message, "seedPreference"))
                    object.seedPreference = options.enums === $String ? $root.cassandra_mesos.v1.SeedPreference[message.seedPreference] === $undefined ? message.seedPreference : $root.cassandra_mesos.v1.SeedPreference[message.seedPreference] : message.seedPreference;
                if (message.executorResourcesJson != null && $Object.hasOwnProperty.call(message, "executorResourcesJson"))
                    object.executorResourcesJson = message.executorResourcesJson;
                return object;
            };

            NodeRecord.prototype.toJSON = function() {
                return NodeRecord.toObject(this, $protobuf.util.toJSONOptions);
            };

            NodeRecord.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cassandra_mesos.v1.NodeRecord";
            };

            return NodeRecord;
        })();

        v1.SeedPreference = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "SEED_PREFERENCE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "PREFER_SEED"] = 1;
            values[valuesById[2] = "NEVER_SEED"] = 2;
            return values;
        })();

        v1.ExecutorMetadata = (function() {

            var ExecutorMetadata = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ExecutorMetadata.prototype.executorId = "";
            ExecutorMetadata.prototype.ip = "";
            ExecutorMetadata.prototype.hostname = "";
            ExecutorMetadata.prototype.sandbox = "";
            ExecutorMetadata.prototype.dataPathFreeBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            ExecutorMetadata.prototype.javaVersion = "";
            ExecutorMetadata.prototype.cassandraVersion = "";
            ExecutorMetadata.prototype.executorVersion = "";

            ExecutorMetadata.create = function(properties) {
                return new ExecutorMetadata(properties);
            };

            ExecutorMetadata.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.executorId != null && $Object.hasOwnProperty.call(message, "executorId") && message.executorId !== "")
                    writer.uint32(10).string(message.executorId);
                if (message.ip != null && $Object.hasOwnProperty.call(message, "ip") && message.ip !== "")
                    writer.uint32(18).string(message.ip);
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname") && message.hostname !== "")
                    writer.uint32(26).string(message.hostname);
                if (message.sandbox != null && $Object.hasOwnProperty.call(message, "sandbox") && message.sandbox !== "")
                    writer.uint32(34).string(message.sandbox);
                if (message.dataPathFreeBytes != null && $Object.hasOwnProperty.call(message, "dataPathFreeBytes") && (typeof message.dataPathFreeBytes === "object" ? message.dataPathFreeBytes.low || message.dataPathFreeBytes.high : message.dataPathFreeBytes !== 0))
                    writer.uint32(40).uint64(message.dataPathFreeBytes);
                if (message.javaVersion != null && $Object.hasOwnProperty.call(message, "javaVersion") && message.javaVersion !== "")
                    writer.uint32(50).string(message.javaVersion);
                if (message.cassandraVersion != null && $Object.hasOwnProperty.call(message, "cassandraVersion") && message.cassandraVersion !== "")
                    writer.uint32(58).string(message.cassandraVersion);
                if (message.executorVersion != null && $Object.hasOwnProperty.call(message, "executorVersion") && message.executorVersion !== "")
                    writer.uint32(66).string(message.executorVersion);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ExecutorMetadata.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            ExecutorMetadata.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassandra_mesos.v1.ExecutorMetadata();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.executorId = value;
                            else
                                delete message.executorId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ip = value;
                            else
                                delete message.ip;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hostname = value;
                            else
                                delete message.hostname;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sandbox = value;
                            else
                                delete message.sandbox;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.dataPathFreeBytes = value;
                            else
                                delete message.dataPathFreeBytes;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.javaVersion = value;
                            else
                                delete message.javaVersion;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.cassandraVersion = value;
                            else
                                delete message.cassandraVersion;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.executorVersion = value;
                            else
                                delete message.executorVersion;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ExecutorMetadata.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            ExecutorMetadata.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.executorId != null && $Object.hasOwnProperty.call(message, "executorId"))
                    if (!$util.isString(message.executorId))
                        return "executorId: string expected";
                if (message.ip != null && $Object.hasOwnProperty.call(message, "ip"))
                    if (!$util.isString(message.ip))
                        return "ip: string expected";
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                    if (!$util.isString(message.hostname))
                        return "hostname: string expected";
                if (message.sandbox != null && $Object.hasOwnProperty.call(message, "sandbox"))
                    if (!$util.isString(message.sandbox))
                        return "sandbox: string expected";
                if (message.dataPathFreeBytes != null && $Object.hasOwnProperty.call(message, "dataPathFreeBytes"))
                    if (!$util.isInteger(message.dataPathFreeBytes) && !(message.dataPathFreeBytes && $util.isInteger(message.dataPathFreeBytes.low) && $util.isInteger(message.dataPathFreeBytes.high)))
                        return "dataPathFreeBytes: integer|Long expected";
                if (message.javaVersion != null && $Object.hasOwnProperty.call(message, "javaVersion"))
                    if (!$util.isString(message.javaVersion))
                        return "javaVersion: string expected";
                if (message.cassandraVersion != null && $Object.hasOwnProperty.call(message, "cassandraVersion"))
                    if (!$util.isString(message.cassandraVersion))
                        return "cassandraVersion: string expected";
                if (message.executorVersion != null && $Object.hasOwnProperty.call(message, "executorVersion"))
                    if (!$util.isString(message.executorVersion))
                        return "executorVersion: string expected";
                return null;
            };

            ExecutorMetadata.fromObject = function (object, _depth) {
                if (object instanceof $root.cassandra_mesos.v1.ExecutorMetadata)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cassandra_mesos.v1.ExecutorMetadata: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.cassandra_mesos.v1.ExecutorMetadata();
                if (object.executorId != null)
                    if (typeof object.executorId !== "string" || object.executorId.length)
                        message.executorId = $String(object.executorId);
                if (object.ip != null)
                    if (typeof object.ip !== "string" || object.ip.length)
                        message.ip = $String(object.ip);
                if (object.hostname != null)
                    if (typeof object.hostname !== "string" || object.hostname.length)
                        message.hostname = $String(object.hostname);
                if (object.sandbox != null)
                    if (typeof object.sandbox !== "string" || object.sandbox.length)
                        message.sandbox = $String(object.sandbox);
                if (object.dataPathFreeBytes != null)
                    if (typeof object.dataPathFreeBytes === "object" ? object.dataPathFreeBytes.low || object.dataPathFreeBytes.high : $Number(object.dataPathFreeBytes) !== 0)
                        if ($util.Long)
                            message.dataPathFreeBytes = $util.Long.fromValue(object.dataPathFreeBytes, true);
                        else if (typeof object.dataPathFreeBytes === "string")
                            message.dataPathFreeBytes = $parseInt(object.dataPathFreeBytes, 10);
                        else if (typeof object.dataPathFreeBytes === "number")
                            message.dataPathFreeBytes = object.dataPathFreeBytes;
                        else if (typeof object.dataPathFreeBytes === "object")
                            message.dataPathFreeBytes = new $util.LongBits(object.dataPathFreeBytes.low >>> 0, object.dataPathFreeBytes.high >>> 0).toNumber(true);
                if (object.javaVersion != null)
                    if (typeof object.javaVersion !== "string" || object.javaVersion.length)
                        message.javaVersion = $String(object.javaVersion);
                if (object.cassandraVersion != null)
                    if (typeof object.cassandraVersion !== "string" || object.cassandraVersion.length)
                        message.cassandraVersion = $String(object.cassandraVersion);
                if (object.executorVersion != null)
                    if (typeof object.executorVersion !== "string" || object.executorVersion.length)
                        message.executorVersion = $String(object.executorVersion);
                return message;
            };

            ExecutorMetadata.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.executorId = "";
                    object.ip = "";
                    object.hostname = "";
                    object.sandbox = "";
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.dataPathFreeBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.dataPathFreeBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.javaVersion = "";
                    object.cassandraVersion = "";
                    object.executorVersion = "";
                }
                if (message.executorId != null && $Object.hasOwnProperty.call(message, "executorId"))
                    object.executorId = message.executorId;
                if (message.ip != null && $Object.hasOwnProperty.call(message, "ip"))
                    object.ip = message.ip;
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                    object.hostname = message.hostname;
                if (message.sandbox != null && $Object.hasOwnProperty.call(message, "sandbox"))
                    object.sandbox = message.sandbox;
                if (message.dataPathFreeBytes != null && $Object.hasOwnProperty.call(message, "dataPathFreeBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.dataPathFreeBytes = typeof message.dataPathFreeBytes === "number" ? $BigInt(message.dataPathFreeBytes) : $util.Long.fromBits(message.dataPathFreeBytes.low >>> 0, message.dataPathFreeBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.dataPathFreeBytes === "number")
                        object.dataPathFreeBytes = options.longs === $String ? $String(message.dataPathFreeBytes) : message.dataPathFreeBytes;
                    else
                        object.dataPathFreeBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.dataPathFreeBytes) : options.longs === $Number ? new $util.LongBits(message.dataPathFreeBytes.low >>> 0, message.dataPathFreeBytes.high >>> 0).toNumber(true) : message.dataPathFreeBytes;
                if (message.javaVersion != null && $Object.hasOwnProperty.call(message, "javaVersion"))
                    object.javaVersion = message.javaVersion;
                if (message.cassandraVersion != null && $Object.hasOwnProperty.call(message, "cassandraVersion"))
                    object.cassandraVersion = message.cassandraVersion;
                if (message.executorVersion != null && $Object.hasOwnProperty.call(message, "executorVersion"))
                    object.executorVersion = message.executorVersion;
                return object;
            };

            ExecutorMetadata.prototype.toJSON = function() {
                return ExecutorMetadata.toObject(this, $protobuf.util.toJSONOptions);
            };

            ExecutorMetadata.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cassandra_mesos.v1.ExecutorMetadata";
            };

            return ExecutorMetadata;
        })();

        v1.StepOverride = (function() {

            var StepOverride = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            StepOverride.prototype.stepName = "";
            StepOverride.prototype.forceComplete = false;
            StepOverride.prototype.restartRequestedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            StepOverride.create = function(properties) {
                return new StepOverride(properties);
            };

            StepOverride.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.stepName != null && $Object.hasOwnProperty.call(message, "stepName") && message.stepName !== "")
                    writer.uint32(10).string(message.stepName);
                if (message.forceComplete != null && $Object.hasOwnProperty.call(message, "forceComplete") && message.forceComplete !== false)
                    writer.uint32(16).bool(message.forceComplete);
                if (message.restartRequestedAtMs != null && $Object.hasOwnProperty.call(message, "restartRequestedAtMs") && (typeof message.restartRequestedAtMs === "object" ? message.restartRequestedAtMs.low || message.restartRequestedAtMs.high : message.restartRequestedAtMs !== 0))
                    writer.uint32(24).int64(message.restartRequestedAtMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            StepOverride.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            StepOverride.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassandra_mesos.v1.StepOverride();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.stepName = value;
                            else
                                delete message.stepName;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.forceComplete = value;
                            else
                                delete message.forceComplete;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.restartRequestedAtMs = value;
                            else
                                delete message.restartRequestedAtMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            StepOverride.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            StepOverride.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.stepName != null && $Object.hasOwnProperty.call(message, "stepName"))
                    if (!$util.isString(message.stepName))
                        return "stepName: string expected";
                if (message.forceComplete != null && $Object.hasOwnProperty.call(message, "forceComplete"))
                    if (typeof message.forceComplete !== "boolean")
                        return "forceComplete: boolean expected";
                if (message.restartRequestedAtMs != null && $Object.hasOwnProperty.call(message, "restartRequestedAtMs"))
                    if (!$util.isInteger(message.restartRequestedAtMs) && !(message.restartRequestedAtMs && $util.isInteger(message.restartRequestedAtMs.low) && $util.isInteger(message.restartRequestedAtMs.high)))
                        return "restartRequestedAtMs: integer|Long expected";
                return null;
            };

            StepOverride.fromObject = function (object, _depth) {
                if (object instanceof $root.cassandra_mesos.v1.StepOverride)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cassandra_mesos.v1.StepOverride: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.cassandra_mesos.v1.StepOverride();
                if (object.stepName != null)
                    if (typeof object.stepName !== "string" || object.stepName.length)
                        message.stepName = $String(object.stepName);
                if (object.forceComplete != null)
                    if (object.forceComplete)
                        message.forceComplete = $Boolean(object.forceComplete);
                if (object.restartRequestedAtMs != null)
                    if (typeof object.restartRequestedAtMs === "object" ? object.restartRequestedAtMs.low || object.restartRequestedAtMs.high : $Number(object.restartRequestedAtMs) !== 0)
                        if ($util.Long)
                            message.restartRequestedAtMs = $util.Long.fromValue(object.restartRequestedAtMs, false);
                        else if (typeof object.restartRequestedAtMs === "string")
                            message.restartRequestedAtMs = $parseInt(object.restartRequestedAtMs, 10);
                        else if (typeof object.restartRequestedAtMs === "number")
                            message.restartRequestedAtMs = object.restartRequestedAtMs;
                        else if (typeof object.restartRequestedAtMs === "object")
                            message.restartRequestedAtMs = new $util.LongBits(object.restartRequestedAtMs.low >>> 0, object.restartRequestedAtMs.high >>> 0).toNumber();
                return message;
            };

            StepOverride.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.stepName = "";
                    object.forceComplete = false;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.restartRequestedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.restartRequestedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.stepName != null && $Object.hasOwnProperty.call(message, "stepName"))
                    object.stepName = message.stepName;
                if (message.forceComplete != null && $Object.hasOwnProperty.call(message, "forceComplete"))
                    object.forceComplete = message.forceComplete;
                if (message.restartRequestedAtMs != null && $Object.hasOwnProperty.call(message, "restartRequestedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.restartRequestedAtMs = typeof message.restartRequestedAtMs === "number" ? $BigInt(message.restartRequestedAtMs) : $util.Long.fromBits(message.restartRequestedAtMs.low >>> 0, message.restartRequestedAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.restartRequestedAtMs === "number")
                        object.restartRequestedAtMs = options.longs === $String ? $String(message.restartRequestedAtMs) : message.restartRequestedAtMs;
                    else
                        object.restartRequestedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.restartRequestedAtMs) : options.longs === $Number ? new $util.LongBits(message.restartRequestedAtMs.low >>> 0, message.restartRequestedAtMs.high >>> 0).toNumber() : message.restartRequestedAtMs;
                return object;
            };

            StepOverride.prototype.toJSON = function() {
                return StepOverride.toObject(this, $protobuf.util.toJSONOptions);
            };

            StepOverride.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cassandra_mesos.v1.StepOverride";
            };

            return StepOverride;
        })();

        v1.PlanControl = (function() {

            var PlanControl = function (properties) {
                this.overrides = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            PlanControl.prototype.planName = "";
            PlanControl.prototype.interrupted = false;
            PlanControl.prototype.overrides = $util.emptyArray;
            PlanControl.prototype.updatedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            PlanControl.prototype.canaryConfigId = "";

            PlanControl.create = function(properties) {
                return new PlanControl(properties);
            };

            PlanControl.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.planName != null && $Object.hasOwnProperty.call(message, "planName") && message.planName !== "")
                    writer.uint32(10).string(message.planName);
                if (message.interrupted != null && $Object.hasOwnProperty.call(message, "interrupted") && message.interrupted !== false)
                    writer.uint32(16).bool(message.interrupted);
                if (message.overrides != null && message.overrides.length)
                    for (var i = 0; i < message.overrides.length; ++i)
                        $root.cassandra_mesos.v1.StepOverride.encode(message.overrides[i], writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.updatedAtMs != null && $Object.hasOwnProperty.call(message, "updatedAtMs") && (typeof message.updatedAtMs === "object" ? message.updatedAtMs.low || message.updatedAtMs.high : message.updatedAtMs !== 0))
                    writer.uint32(32).int64(message.updatedAtMs);
                if (message.canaryConfigId != null && $Object.hasOwnProperty.call(message, "canaryConfigId") && message.canaryConfigId !== "")
                    writer.uint32(42).string(message.canaryConfigId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            PlanControl.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            PlanControl.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassandra_mesos.v1.PlanControl();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.planName = value;
                            else
                                delete message.planName;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.interrupted = value;
                            else
                                delete message.interrupted;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.overrides && message.overrides.length))
                                message.overrides = [];
                            message.overrides.push($root.cassandra_mesos.v1.StepOverride.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.updatedAtMs = value;
                            else
                                delete message.updatedAtMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.canaryConfigId = value;
                            else
                                delete message.canaryConfigId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            PlanControl.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            PlanControl.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.planName != null && $Object.hasOwnProperty.call(message, "planName"))
                    if (!$util.isString(message.planName))
                        return "planName: string expected";
                if (message.interrupted != null && $Object.hasOwnProperty.call(message, "interrupted"))
                    if (typeof message.interrupted !== "boolean")
                        return "interrupted: boolean expected";
                if (message.overrides != null && $Object.hasOwnProperty.call(message, "overrides")) {
                    if (!$Array.isArray(message.overrides))
                        return "overrides: array expected";
                    for (var i = 0; i < message.overrides.length; ++i) {
                        var error = $root.cassandra_mesos.v1.StepOverride.verify(message.overrides[i], _depth + 1);
                        if (error)
                            return "overrides." + error;
                    }
                }
                if (message.updatedAtMs != null && $Object.hasOwnProperty.call(message, "updatedAtMs"))
                    if (!$util.isInteger(message.updatedAtMs) && !(message.updatedAtMs && $util.isInteger(message.updatedAtMs.low) && $util.isInteger(message.updatedAtMs.high)))
                        return "updatedAtMs: integer|Long expected";
                if (message.canaryConfigId != null && $Object.hasOwnProperty.call(message, "canaryConfigId"))
                    if (!$util.isString(message.canaryConfigId))
                        return "canaryConfigId: string expected";
                return null;
            };

            PlanControl.fromObject = function (object, _depth) {
                if (object instanceof $root.cassandra_mesos.v1.PlanControl)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cassandra_mesos.v1.PlanControl: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.cassandra_mesos.v1.PlanControl();
                if (object.planName != null)
                    if (typeof object.planName !== "string" || object.planName.length)
                        message.planName = $String(object.planName);
                if (object.interrupted != null)
                    if (object.interrupted)
                        message.interrupted = $Boolean(object.interrupted);
                if (object.overrides) {
                    if (!$Array.isArray(object.overrides))
                        throw $TypeError(".cassandra_mesos.v1.PlanControl.overrides: array expected");
                    message.overrides = $Array(object.overrides.length);
                    for (var i = 0; i < object.overrides.length; ++i) {
                        if (!$util.isObject(object.overrides[i]))
                            throw $TypeError(".cassandra_mesos.v1.PlanControl.overrides: object expected");
                        message.overrides[i] = $root.cassandra_mesos.v1.StepOverride.fromObject(object.overrides[i], _depth + 1);
                    }
                }
                if (object.updatedAtMs != null)
                    if (typeof object.updatedAtMs === "object" ? object.updatedAtMs.low || object.updatedAtMs.high : $Number(object.updatedAtMs) !== 0)
                        if ($util.Long)
                            message.updatedAtMs = $util.Long.fromValue(object.updatedAtMs, false);
                        else if (typeof object.updatedAtMs === "string")
                            message.updatedAtMs = $parseInt(object.updatedAtMs, 10);
                        else if (typeof object.updatedAtMs === "number")
                            message.updatedAtMs = object.updatedAtMs;
                        else if (typeof object.updatedAtMs === "object")
                            message.updatedAtMs = new $util.LongBits(object.updatedAtMs.low >>> 0, object.updatedAtMs.high >>> 0).toNumber();
                if (object.canaryConfigId != null)
                    if (typeof object.canaryConfigId !== "string" || object.canaryConfigId.length)
                        message.canaryConfigId = $String(object.canaryConfigId);
                return message;
            };

            PlanControl.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults)
                    object.overrides = [];
                if (options.defaults) {
                    object.planName = "";
                    object.interrupted = false;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.updatedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.updatedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.canaryConfigId = "";
                }
                if (message.planName != null && $Object.hasOwnProperty.call(message, "planName"))
                    object.planName = message.planName;
                if (message.interrupted != null && $Object.hasOwnProperty.call(message, "interrupted"))
                    object.interrupted = message.interrupted;
                if (message.overrides && message.overrides.length) {
                    object.overrides = $Array(message.overrides.length);
                    for (var j = 0; j < message.overrides.length; ++j)
                        object.overrides[j] = $root.cassandra_mesos.v1.StepOverride.toObject(message.overrides[j], options, _depth + 1);
                }
                if (message.updatedAtMs != null && $Object.hasOwnProperty.call(message, "updatedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.updatedAtMs = typeof message.updatedAtMs === "number" ? $BigInt(message.updatedAtMs) : $util.Long.fromBits(message.updatedAtMs.low >>> 0, message.updatedAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.updatedAtMs === "number")
                        object.updatedAtMs = options.longs === $String ? $String(message.updatedAtMs) : message.updatedAtMs;
                    else
                        object.updatedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.updatedAtMs) : options.longs === $Number ? new $util.LongBits(message.updatedAtMs.low >>> 0, message.updatedAtMs.high >>> 0).toNumber() : message.updatedAtMs;
                if (message.canaryConfigId != null && $Object.hasOwnProperty.call(message, "canaryConfigId"))
                    object.canaryConfigId = message.canaryConfigId;
                return object;
            };

            PlanControl.prototype.toJSON = function() {
                return PlanControl.toObject(this, $protobuf.util.toJSONOptions);
            };

            PlanControl.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cassandra_mesos.v1.PlanControl";
            };

            return PlanControl;
        })();

        v1.FrameworkRecord = (function() {

            var FrameworkRecord = function (properties) {
                this.cleanupSuggestedNodeIds = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            FrameworkRecord.prototype.frameworkId = "";
            FrameworkRecord.prototype.registeredAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            FrameworkRecord.prototype.schemaVersion = 0;
            FrameworkRecord.prototype.nextNodeIndex = 0;
            FrameworkRecord.prototype.cleanupSuggestedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            FrameworkRecord.prototype.cleanupSuggestedNodeIds = $util.emptyArray;
            FrameworkRecord.prototype.cleanupSuggestion = "";
            FrameworkRecord.prototype.lastScheduledRepairAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            FrameworkRecord.create = function(properties) {
                return new FrameworkRecord(properties);
            };

            FrameworkRecord.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.frameworkId != null && $Object.hasOwnProperty.call(message, "frameworkId") && message.frameworkId !== "")
                    writer.uint32(10).string(message.frameworkId);
                if (message.registeredAtMs != null && $Object.hasOwnProperty.call(message, "registeredAtMs") && (typeof message.registeredAtMs === "object" ? message.registeredAtMs.low || message.registeredAtMs.high : message.registeredAtMs !== 0))
                    writer.uint32(16).int64(message.registeredAtMs);
                if (message.schemaVersion != null && $Object.hasOwnProperty.call(message, "schemaVersion") && message.schemaVersion !== 0)
                    writer.uint32(24).uint32(message.schemaVersion);
                if (message.nextNodeIndex != null && $Object.hasOwnProperty.call(message, "nextNodeIndex") && message.nextNodeIndex !== 0)
                    writer.uint32(32).uint32(message.nextNodeIndex);
                if (message.cleanupSuggestedAtMs != null && $Object.hasOwnProperty.call(message, "cleanupSuggestedAtMs") && (typeof message.cleanupSuggestedAtMs === "object" ? message.cleanupSuggestedAtMs.low || message.cleanupSuggestedAtMs.high : message.cleanupSuggestedAtMs !== 0))
                    writer.uint32(40).int64(message.cleanupSuggestedAtMs);
                if (message.cleanupSuggestedNodeIds != null && message.cleanupSuggestedNodeIds.length)
                    for (var i = 0; i < message.cleanupSuggestedNodeIds.length; ++i)
                        writer.uint32(50).string(message.cleanupSuggestedNodeIds[i]);
                if (message.cleanupSuggestion != null && $Object.hasOwnProperty.call(message, "cleanupSuggestion") && message.cleanupSuggestion !== "")
                    writer.uint32(58).string(message.cleanupSuggestion);
                if (message.lastScheduledRepairAtMs != null && $Object.hasOwnProperty.call(message, "lastScheduledRepairAtMs") && (typeof message.lastScheduledRepairAtMs === "object" ? message.lastScheduledRepairAtMs.low || message.lastScheduledRepairAtMs.high : message.lastScheduledRepairAtMs !== 0))
                    writer.uint32(64).int64(message.lastScheduledRepairAtMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            FrameworkRecord.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            FrameworkRecord.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassandra_mesos.v1.FrameworkRecord();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.frameworkId = value;
                            else
                                delete message.frameworkId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.registeredAtMs = value;
                            else
                                delete message.registeredAtMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.schemaVersion = value;
                            else
                                delete message.schemaVersion;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.nextNodeIndex = value;
                            else
                                delete message.nextNodeIndex;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.cleanupSuggestedAtMs = value;
                            else
                                delete message.cleanupSuggestedAtMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.cleanupSuggestedNodeIds && message.cleanupSuggestedNodeIds.length))
                                message.cleanupSuggestedNodeIds = [];
                            message.cleanupSuggestedNodeIds.push(reader.stringVerify());
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.cleanupSuggestion = value;
                            else
                                delete message.cleanupSuggestion;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastScheduledRepairAtMs = value;
                            else
                                delete message.lastScheduledRepairAtMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            FrameworkRecord.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            FrameworkRecord.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.frameworkId != null && $Object.hasOwnProperty.call(message, "frameworkId"))
                    if (!$util.isString(message.frameworkId))
                        return "frameworkId: string expected";
                if (message.registeredAtMs != null && $Object.hasOwnProperty.call(message, "registeredAtMs"))
                    if (!$util.isInteger(message.registeredAtMs) && !(message.registeredAtMs && $util.isInteger(message.registeredAtMs.low) && $util.isInteger(message.registeredAtMs.high)))
                        return "registeredAtMs: integer|Long expected";
                if (message.schemaVersion != null && $Object.hasOwnProperty.call(message, "schemaVersion"))
                    if (!$util.isInteger(message.schemaVersion))
                        return "schemaVersion: integer expected";
                if (message.nextNodeIndex != null && $Object.hasOwnProperty.call(message, "nextNodeIndex"))
                    if (!$util.isInteger(message.nextNodeIndex))
                        return "nextNodeIndex: integer expected";
                if (message.cleanupSuggestedAtMs != null && $Object.hasOwnProperty.call(message, "cleanupSuggestedAtMs"))
                    if (!$util.isInteger(message.cleanupSuggestedAtMs) && !(message.cleanupSuggestedAtMs && $util.isInteger(message.cleanupSuggestedAtMs.low) && $util.isInteger(message.cleanupSuggestedAtMs.high)))
                        return "cleanupSuggestedAtMs: integer|Long expected";
                if (message.cleanupSuggestedNodeIds != null && $Object.hasOwnProperty.call(message, "cleanupSuggestedNodeIds")) {
                    if (!$Array.isArray(message.cleanupSuggestedNodeIds))
                        return "cleanupSuggestedNodeIds: array expected";
                    for (var i = 0; i < message.cleanupSuggestedNodeIds.length; ++i)
                        if (!$util.isString(message.cleanupSuggestedNodeIds[i]))
                            return "cleanupSuggestedNodeIds: string[] expected";
                }
                if (message.cleanupSuggestion != null && $Object.hasOwnProperty.call(message, "cleanupSuggestion"))
                    if (!$util.isString(message.cleanupSuggestion))
                        return "cleanupSuggestion: string expected";
                if (message.lastScheduledRepairAtMs != null && $Object.hasOwnProperty.call(message, "lastScheduledRepairAtMs"))
                    if (!$util.isInteger(message.lastScheduledRepairAtMs) && !(message.lastScheduledRepairAtMs && $util.isInteger(message.lastScheduledRepairAtMs.low) && $util.isInteger(message.lastScheduledRepairAtMs.high)))
                        return "lastScheduledRepairAtMs: integer|Long expected";
                return null;
            };

            FrameworkRecord.fromObject = function (object, _depth) {
                if (object instanceof $root.cassandra_mesos.v1.FrameworkRecord)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cassandra_mesos.v1.FrameworkRecord: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.cassandra_mesos.v1.FrameworkRecord();
                if (object.frameworkId != null)
                    if (typeof object.frameworkId !== "string" || object.frameworkId.length)
                        message.frameworkId = $String(object.frameworkId);
                if (object.registeredAtMs != null)
                    if (typeof object.registeredAtMs === "object" ? object.registeredAtMs.low || object.registeredAtMs.high : $Number(object.registeredAtMs) !== 0)
                        if ($util.Long)
                            message.registeredAtMs = $util.Long.fromValue(object.registeredAtMs, false);
                        else if (typeof object.registeredAtMs === "string")
                            message.registeredAtMs = $parseInt(object.registeredAtMs, 10);
                        else if (typeof object.registeredAtMs === "number")
                            message.registeredAtMs = object.registeredAtMs;
                        else if (typeof object.registeredAtMs === "object")
                            message.registeredAtMs = new $util.LongBits(object.registeredAtMs.low >>> 0, object.registeredAtMs.high >>> 0).toNumber();
                if (object.schemaVersion != null)
                    if ($Number(object.schemaVersion) !== 0)
                        message.schemaVersion = object.schemaVersion >>> 0;
                if (object.nextNodeIndex != null)
                    if ($Number(object.nextNodeIndex) !== 0)
                        message.nextNodeIndex = object.nextNodeIndex >>> 0;
                if (object.cleanupSuggestedAtMs != null)
                    if (typeof object.cleanupSuggestedAtMs === "object" ? object.cleanupSuggestedAtMs.low || object.cleanupSuggestedAtMs.high : $Number(object.cleanupSuggestedAtMs) !== 0)
                        if ($util.Long)
                            message.cleanupSuggestedAtMs = $util.Long.fromValue(object.cleanupSuggestedAtMs, false);
                        else if (typeof object.cleanupSuggestedAtMs === "string")
                            message.cleanupSuggestedAtMs = $parseInt(object.cleanupSuggestedAtMs, 10);
                        else if (typeof object.cleanupSuggestedAtMs === "number")
                            message.cleanupSuggestedAtMs = object.cleanupSuggestedAtMs;
                        else if (typeof object.cleanupSuggestedAtMs === "object")
                            message.cleanupSuggestedAtMs = new $util.LongBits(object.cleanupSuggestedAtMs.low >>> 0, object.cleanupSuggestedAtMs.high >>> 0).toNumber();
                if (object.cleanupSuggestedNodeIds) {
                    if (!$Array.isArray(object.cleanupSuggestedNodeIds))
                        throw $TypeError(".cassandra_mesos.v1.FrameworkRecord.cleanupSuggestedNodeIds: array expected");
                    message.cleanupSuggestedNodeIds = $Array(object.cleanupSuggestedNodeIds.length);
                    for (var i = 0; i < object.cleanupSuggestedNodeIds.length; ++i)
                        message.cleanupSuggestedNodeIds[i] = $String(object.cleanupSuggestedNodeIds[i]);
                }
                if (object.cleanupSuggestion != null)
                    if (typeof object.cleanupSuggestion !== "string" || object.cleanupSuggestion.length)
                        message.cleanupSuggestion = $String(object.cleanupSuggestion);
                if (object.lastScheduledRepairAtMs != null)
                    if (typeof object.lastScheduledRepairAtMs === "object" ? object.lastScheduledRepairAtMs.low || object.lastScheduledRepairAtMs.high : $Number(object.lastScheduledRepairAtMs) !== 0)
                        if ($util.Long)
                            message.lastScheduledRepairAtMs = $util.Long.fromValue(object.lastScheduledRepairAtMs, false);
                        else if (typeof object.lastScheduledRepairAtMs === "string")
                            message.lastScheduledRepairAtMs = $parseInt(object.lastScheduledRepairAtMs, 10);
                        else if (typeof object.lastScheduledRepairAtMs === "number")
                            message.lastScheduledRepairAtMs = object.lastScheduledRepairAtMs;
                        else if (typeof object.lastScheduledRepairAtMs === "object")
                            message.lastScheduledRepairAtMs = new $util.LongBits(object.lastScheduledRepairAtMs.low >>> 0, object.lastScheduledRepairAtMs.high >>> 0).toNumber();
                return message;
            };

            FrameworkRecord.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults)
                    object.cleanupSuggestedNodeIds = [];
                if (options.defaults) {
                    object.frameworkId = "";
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.registeredAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.registeredAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.schemaVersion = 0;
                    object.nextNodeIndex = 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.cleanupSuggestedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.cleanupSuggestedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.cleanupSuggestion = "";
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.lastScheduledRepairAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.lastScheduledRepairAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.frameworkId != null && $Object.hasOwnProperty.call(message, "frameworkId"))
                    object.frameworkId = message.frameworkId;
                if (message.registeredAtMs != null && $Object.hasOwnProperty.call(message, "registeredAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.registeredAtMs = typeof message.registeredAtMs === "number" ? $BigInt(message.registeredAtMs) : $util.Long.fromBits(message.registeredAtMs.low >>> 0, message.registeredAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.registeredAtMs === "number")
                        object.registeredAtMs = options.longs === $String ? $String(message.registeredAtMs) : message.registeredAtMs;
                    else
                        object.registeredAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.registeredAtMs) : options.longs === $Number ? new $util.LongBits(message.registeredAtMs.low >>> 0, message.registeredAtMs.high >>> 0).toNumber() : message.registeredAtMs;
                if (message.schemaVersion != null && $Object.hasOwnProperty.call(message, "schemaVersion"))
                    object.schemaVersion = message.schemaVersion;
                if (message.nextNodeIndex != null && $Object.hasOwnProperty.call(message, "nextNodeIndex"))
                    object.nextNodeIndex = message.nextNodeIndex;
                if (message.cleanupSuggestedAtMs != null && $Object.hasOwnProperty.call(message, "cleanupSuggestedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.cleanupSuggestedAtMs = typeof message.cleanupSuggestedAtMs === "number" ? $BigInt(message.cleanupSuggestedAtMs) : $util.Long.fromBits(message.cleanupSuggestedAtMs.low >>> 0, message.cleanupSuggestedAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.cleanupSuggestedAtMs === "number")
                        object.cleanupSuggestedAtMs = options.longs === $String ? $String(message.cleanupSuggestedAtMs) : message.cleanupSuggestedAtMs;
                    else
                        object.cleanupSuggestedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.cleanupSuggestedAtMs) : options.longs === $Number ? new $util.LongBits(message.cleanupSuggestedAtMs.low >>> 0, message.cleanupSuggestedAtMs.high >>> 0).toNumber() : message.cleanupSuggestedAtMs;
                if (message.cleanupSuggestedNodeIds && message.cleanupSuggestedNodeIds.length) {
                    object.cleanupSuggestedNodeIds = $Array(message.cleanupSuggestedNodeIds.length);
                    for (var j = 0; j < message.cleanupSuggestedNodeIds.length; ++j)
                        object.cleanupSuggestedNodeIds[j] = message.cleanupSuggestedNodeIds[j];
                }
                if (message.cleanupSuggestion != null && $Object.hasOwnProperty.call(message, "cleanupSuggestion"))
                    object.cleanupSuggestion = message.cleanupSuggestion;
                if (message.lastScheduledRepairAtMs != null && $Object.hasOwnProperty.call(message, "lastScheduledRepairAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.lastScheduledRepairAtMs = typeof message.lastScheduledRepairAtMs === "number" ? $BigInt(message.lastScheduledRepairAtMs) : $util.Long.fromBits(message.lastScheduledRepairAtMs.low >>> 0, message.lastScheduledRepairAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.lastScheduledRepairAtMs === "number")
                        object.lastScheduledRepairAtMs = options.longs === $String ? $String(message.lastScheduledRepairAtMs) : message.lastScheduledRepairAtMs;
                    else
                        object.lastScheduledRepairAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.lastScheduledRepairAtMs) : options.longs === $Number ? new $util.LongBits(message.lastScheduledRepairAtMs.low >>> 0, message.lastScheduledRepairAtMs.high >>> 0).toNumber() : message.lastScheduledRepairAtMs;
                return object;
            };

            FrameworkRecord.prototype.toJSON = function() {
                return FrameworkRecord.toObject(this, $protobuf.util.toJSONOptions);
            };

            FrameworkRecord.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cassandra_mesos.v1.FrameworkRecord";
            };

            return FrameworkRecord;
        })();

        return v1;
    })();

    return cassandra_mesos;
})();

module.exports = $root;
