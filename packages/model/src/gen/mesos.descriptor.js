"use strict";
module.exports = {
 "nested": {
  "mesos": {
   "nested": {
    "v1": {
     "options": {
      "java_package": "org.apache.mesos.v1",
      "java_outer_classname": "Protos"
     },
     "nested": {
      "executor": {
       "options": {
        "java_package": "org.apache.mesos.v1.executor",
        "java_outer_classname": "Protos"
       },
       "nested": {
        "Event": {
         "edition": "proto2",
         "fields": {
          "type": {
           "type": "Type",
           "id": 1
          },
          "subscribed": {
           "type": "Subscribed",
           "id": 2
          },
          "acknowledged": {
           "type": "Acknowledged",
           "id": 3
          },
          "launch": {
           "type": "Launch",
           "id": 4
          },
          "launch_group": {
           "type": "LaunchGroup",
           "id": 8
          },
          "kill": {
           "type": "Kill",
           "id": 5
          },
          "message": {
           "type": "Message",
           "id": 6
          },
          "error": {
           "type": "Error",
           "id": 7
          }
         },
         "nested": {
          "Type": {
           "values": {
            "UNKNOWN": 0,
            "SUBSCRIBED": 1,
            "LAUNCH": 2,
            "LAUNCH_GROUP": 8,
            "KILL": 3,
            "ACKNOWLEDGED": 4,
            "MESSAGE": 5,
            "ERROR": 6,
            "SHUTDOWN": 7,
            "HEARTBEAT": 9
           }
          },
          "Subscribed": {
           "fields": {
            "executor_info": {
             "rule": "required",
             "type": "ExecutorInfo",
             "id": 1
            },
            "framework_info": {
             "rule": "required",
             "type": "FrameworkInfo",
             "id": 2
            },
            "agent_info": {
             "rule": "required",
             "type": "AgentInfo",
             "id": 3
            },
            "container_id": {
             "type": "ContainerID",
             "id": 4
            }
           }
          },
          "Launch": {
           "fields": {
            "task": {
             "rule": "required",
             "type": "TaskInfo",
             "id": 1
            }
           }
          },
          "LaunchGroup": {
           "fields": {
            "task_group": {
             "rule": "required",
             "type": "TaskGroupInfo",
             "id": 1
            }
           }
          },
          "Kill": {
           "fields": {
            "task_id": {
             "rule": "required",
             "type": "TaskID",
             "id": 1
            },
            "kill_policy": {
             "type": "KillPolicy",
             "id": 2
            }
           }
          },
          "Acknowledged": {
           "fields": {
            "task_id": {
             "rule": "required",
             "type": "TaskID",
             "id": 1
            },
            "uuid": {
             "rule": "required",
             "type": "bytes",
             "id": 2
            }
           }
          },
          "Message": {
           "fields": {
            "data": {
             "rule": "required",
             "type": "bytes",
             "id": 1
            }
           }
          },
          "Error": {
           "fields": {
            "message": {
             "rule": "required",
             "type": "string",
             "id": 1
            }
           }
          }
         }
        },
        "Call": {
         "edition": "proto2",
         "fields": {
          "executor_id": {
           "rule": "required",
           "type": "ExecutorID",
           "id": 1
          },
          "framework_id": {
           "rule": "required",
           "type": "FrameworkID",
           "id": 2
          },
          "type": {
           "type": "Type",
           "id": 3
          },
          "subscribe": {
           "type": "Subscribe",
           "id": 4
          },
          "update": {
           "type": "Update",
           "id": 5
          },
          "message": {
           "type": "Message",
           "id": 6
          }
         },
         "nested": {
          "Type": {
           "values": {
            "UNKNOWN": 0,
            "SUBSCRIBE": 1,
            "UPDATE": 2,
            "MESSAGE": 3,
            "HEARTBEAT": 4
           }
          },
          "Subscribe": {
           "fields": {
            "unacknowledged_tasks": {
             "rule": "repeated",
             "type": "TaskInfo",
             "id": 1
            },
            "unacknowledged_updates": {
             "rule": "repeated",
             "type": "Update",
             "id": 2
            }
           }
          },
          "Update": {
           "fields": {
            "status": {
             "rule": "required",
             "type": "TaskStatus",
             "id": 1
            }
           }
          },
          "Message": {
           "fields": {
            "data": {
             "rule": "required",
             "type": "bytes",
             "id": 2
            }
           }
          }
         }
        }
       }
      },
      "FrameworkID": {
       "edition": "proto2",
       "fields": {
        "value": {
         "rule": "required",
         "type": "string",
         "id": 1
        }
       }
      },
      "OfferID": {
       "edition": "proto2",
       "fields": {
        "value": {
         "rule": "required",
         "type": "string",
         "id": 1
        }
       }
      },
      "AgentID": {
       "edition": "proto2",
       "fields": {
        "value": {
         "rule": "required",
         "type": "string",
         "id": 1
        }
       }
      },
      "TaskID": {
       "edition": "proto2",
       "fields": {
        "value": {
         "rule": "required",
         "type": "string",
         "id": 1
        }
       }
      },
      "ExecutorID": {
       "edition": "proto2",
       "fields": {
        "value": {
         "rule": "required",
         "type": "string",
         "id": 1
        }
       }
      },
      "ContainerID": {
       "edition": "proto2",
       "fields": {
        "value": {
         "rule": "required",
         "type": "string",
         "id": 1
        },
        "parent": {
         "type": "ContainerID",
         "id": 2
        }
       }
      },
      "ResourceProviderID": {
       "edition": "proto2",
       "fields": {
        "value": {
         "rule": "required",
         "type": "string",
         "id": 1
        }
       }
      },
      "OperationID": {
       "edition": "proto2",
       "fields": {
        "value": {
         "rule": "required",
         "type": "string",
         "id": 1
        }
       }
      },
      "TimeInfo": {
       "edition": "proto2",
       "fields": {
        "nanoseconds": {
         "rule": "required",
         "type": "int64",
         "id": 1
        }
       }
      },
      "DurationInfo": {
       "edition": "proto2",
       "fields": {
        "nanoseconds": {
         "rule": "required",
         "type": "int64",
         "id": 1
        }
       }
      },
      "Address": {
       "edition": "proto2",
       "fields": {
        "hostname": {
         "type": "string",
         "id": 1
        },
        "ip": {
         "type": "string",
         "id": 2
        },
        "port": {
         "rule": "required",
         "type": "int32",
         "id": 3
        }
       }
      },
      "URL": {
       "edition": "proto2",
       "fields": {
        "scheme": {
         "rule": "required",
         "type": "string",
         "id": 1
        },
        "address": {
         "rule": "required",
         "type": "Address",
         "id": 2
        },
        "path": {
         "type": "string",
         "id": 3
        },
        "query": {
         "rule": "repeated",
         "type": "Parameter",
         "id": 4
        },
        "fragment": {
         "type": "string",
         "id": 5
        }
       }
      },
      "Unavailability": {
       "edition": "proto2",
       "fields": {
        "start": {
         "rule": "required",
         "type": "TimeInfo",
         "id": 1
        },
        "duration": {
         "type": "DurationInfo",
         "id": 2
        }
       }
      },
      "FrameworkInfo": {
       "edition": "proto2",
       "fields": {
        "user": {
         "rule": "required",
         "type": "string",
         "id": 1
        },
        "name": {
         "rule": "required",
         "type": "string",
         "id": 2
        },
        "id": {
         "type": "FrameworkID",
         "id": 3
        },
        "failover_timeout": {
         "type": "double",
         "id": 4,
         "options": {
          "default": 0
         }
        },
        "checkpoint": {
         "type": "bool",
         "id": 5,
         "options": {
          "default": false
         }
        },
        "role": {
         "type": "string",
         "id": 6,
         "options": {
          "default": "*",
          "deprecated": true
         }
        },
        "roles": {
         "rule": "repeated",
         "type": "string",
         "id": 12
        },
        "hostname": {
         "type": "string",
         "id": 7
        },
        "principal": {
         "type": "string",
         "id": 8
        },
        "webui_url": {
         "type": "string",
         "id": 9
        },
        "capabilities": {
         "rule": "repeated",
         "type": "Capability",
         "id": 10
        },
        "labels": {
         "type": "Labels",
         "id": 11
        },
        "offer_filters": {
         "keyType": "string",
         "type": "OfferFilters",
         "id": 13
        }
       },
       "nested": {
        "Capability": {
         "fields": {
          "type": {
           "type": "Type",
           "id": 1
          }
         },
         "nested": {
          "Type": {
           "values": {
            "UNKNOWN": 0,
            "REVOCABLE_RESOURCES": 1,
            "TASK_KILLING_STATE": 2,
            "GPU_RESOURCES": 3,
            "SHARED_RESOURCES": 4,
            "PARTITION_AWARE": 5,
            "MULTI_ROLE": 6,
            "RESERVATION_REFINEMENT": 7,
            "REGION_AWARE": 8
           }
          }
         }
        }
       }
      },
      "DomainInfo": {
       "edition": "proto2",
       "fields": {
        "fault_domain": {
         "type": "FaultDomain",
         "id": 1
        }
       },
       "nested": {
        "FaultDomain": {
         "fields": {
          "region": {
           "rule": "required",
           "type": "RegionInfo",
           "id": 1
          },
          "zone": {
           "rule": "required",
           "type": "ZoneInfo",
           "id": 2
          }
         },
         "nested": {
          "RegionInfo": {
           "fields": {
            "name": {
             "rule": "required",
             "type": "string",
             "id": 1
            }
           }
          },
          "ZoneInfo": {
           "fields": {
            "name": {
             "rule": "required",
             "type": "string",
             "id": 1
            }
           }
          }
         }
        }
       }
      },
      "MasterInfo": {
       "edition": "proto2",
       "fields": {
        "id": {
         "rule": "required",
         "type": "string",
         "id": 1
        },
        "ip": {
         "rule": "required",
         "type": "uint32",
         "id": 2
        },
        "port": {
         "rule": "required",
         "type": "uint32",
         "id": 3,
         "options": {
          "default": 5050
         }
        },
        "pid": {
         "type": "string",
         "id": 4
        },
        "hostname": {
         "type": "string",
         "id": 5
        },
        "version": {
         "type": "string",
         "id": 6
        },
        "address": {
         "type": "Address",
         "id": 7
        },
        "domain": {
         "type": "DomainInfo",
         "id": 8
        },
        "capabilities": {
         "rule": "repeated",
         "type": "Capability",
         "id": 9
        }
       },
       "nested": {
        "Capability": {
         "fields": {
          "type": {
           "type": "Type",
           "id": 1
          }
         },
         "nested": {
          "Type": {
           "values": {
            "UNKNOWN": 0,
            "AGENT_UPDATE": 1,
            "AGENT_DRAINING": 2,
            "QUOTA_V2": 3
           }
          }
         }
        }
       }
      },
      "AgentInfo": {
       "edition": "proto2",
       "fields": {
        "hostname": {
         "rule": "required",
         "type": "string",
         "id": 1
        },
        "port": {
         "type": "int32",
         "id": 8,
         "options": {
          "default": 5051
         }
        },
        "resources": {
         "rule": "repeated",
         "type": "Resource",
         "id": 3
        },
        "attributes": {
         "rule": "repeated",
         "type": "Attribute",
         "id": 5
        },
        "id": {
         "type": "AgentID",
         "id": 6
        },
        "domain": {
         "type": "DomainInfo",
         "id": 10
        }
       },
       "nested": {
        "Capability": {
         "fields": {
          "type": {
           "type": "Type",
           "id": 1
          }
         },
         "nested": {
          "Type": {
           "values": {
            "UNKNOWN": 0,
            "MULTI_ROLE": 1,
            "HIERARCHICAL_ROLE": 2,
            "RESERVATION_REFINEMENT": 3,
            "RESOURCE_PROVIDER": 4,
            "RESIZE_VOLUME": 5,
            "AGENT_OPERATION_FEEDBACK": 6,
            "AGENT_DRAINING": 7,
            "TASK_RESOURCE_LIMITS": 8
           }
          }
         }
        }
       }
      },
      "Value": {
       "edition": "proto2",
       "fields": {
        "type": {
         "rule": "required",
         "type": "Type",
         "id": 1
        },
        "scalar": {
         "type": "Scalar",
         "id": 2
        },
        "ranges": {
         "type": "Ranges",
         "id": 3
        },
        "set": {
         "type": "Set",
         "id": 4
        },
        "text": {
         "type": "Text",
         "id": 5
        }
       },
       "nested": {
        "Type": {
         "values": {
          "SCALAR": 0,
          "RANGES": 1,
          "SET": 2,
          "TEXT": 3
         }
        },
        "Scalar": {
         "fields": {
          "value": {
           "rule": "required",
           "type": "double",
           "id": 1
          }
         }
        },
        "Range": {
         "fields": {
          "begin": {
           "rule": "required",
           "type": "uint64",
           "id": 1
          },
          "end": {
           "rule": "required",
           "type": "uint64",
           "id": 2
          }
         }
        },
        "Ranges": {
         "fields": {
          "range": {
           "rule": "repeated",
           "type": "Range",
           "id": 1
          }
         }
        },
        "Set": {
         "fields": {
          "item": {
           "rule": "repeated",
           "type": "string",
           "id": 1
          }
         }
        },
        "Text": {
         "fields": {
          "value": {
           "rule": "required",
           "type": "string",
           "id": 1
          }
         }
        }
       }
      },
      "Attribute": {
       "edition": "proto2",
       "fields": {
        "name": {
         "rule": "required",
         "type": "string",
         "id": 1
        },
        "type": {
         "rule": "required",
         "type": "Value.Type",
         "id": 2
        },
        "scalar": {
         "type": "Value.Scalar",
         "id": 3
        },
        "ranges": {
         "type": "Value.Ranges",
         "id": 4
        },
        "set": {
         "type": "Value.Set",
         "id": 6
        },
        "text": {
         "type": "Value.Text",
         "id": 5
        }
       }
      },
      "Resource": {
       "edition": "proto2",
       "fields": {
        "provider_id": {
         "type": "ResourceProviderID",
         "id": 12
        },
        "name": {
         "rule": "required",
         "type": "string",
         "id": 1
        },
        "type": {
         "rule": "required",
         "type": "Value.Type",
         "id": 2
        },
        "scalar": {
         "type": "Value.Scalar",
         "id": 3
        },
        "ranges": {
         "type": "Value.Ranges",
         "id": 4
        },
        "set": {
         "type": "Value.Set",
         "id": 5
        },
        "role": {
         "type": "string",
         "id": 6,
         "options": {
          "default": "*",
          "deprecated": true
         }
        },
        "allocation_info": {
         "type": "AllocationInfo",
         "id": 11
        },
        "reservation": {
         "type": "ReservationInfo",
         "id": 8
        },
        "reservations": {
         "rule": "repeated",
         "type": "ReservationInfo",
         "id": 13
        },
        "disk": {
         "type": "DiskInfo",
         "id": 7
        },
        "revocable": {
         "type": "RevocableInfo",
         "id": 9
        },
        "shared": {
         "type": "SharedInfo",
         "id": 10
        }
       },
       "nested": {
        "AllocationInfo": {
         "fields": {
          "role": {
           "type": "string",
           "id": 1
          }
         }
        },
        "ReservationInfo": {
         "fields": {
          "type": {
           "type": "Type",
           "id": 4
          },
          "role": {
           "type": "string",
           "id": 3
          },
          "principal": {
           "type": "string",
           "id": 1
          },
          "labels": {
           "type": "Labels",
           "id": 2
          }
         },
         "nested": {
          "Type": {
           "values": {
            "UNKNOWN": 0,
            "STATIC": 1,
            "DYNAMIC": 2
           }
          }
         }
        },
        "DiskInfo": {
         "fields": {
          "persistence": {
           "type": "Persistence",
           "id": 1
          },
          "volume": {
           "type": "Volume",
           "id": 2
          },
          "source": {
           "type": "Source",
           "id": 3
          }
         },
         "nested": {
          "Persistence": {
           "fields": {
            "id": {
             "rule": "required",
             "type": "string",
             "id": 1
            },
            "principal": {
             "type": "string",
             "id": 2
            }
           }
          },
          "Source": {
           "fields": {
            "type": {
             "rule": "required",
             "type": "Type",
             "id": 1
            },
            "path": {
             "type": "Path",
             "id": 2
            },
            "mount": {
             "type": "Mount",
             "id": 3
            },
            "vendor": {
             "type": "string",
             "id": 7
            },
            "id": {
             "type": "string",
             "id": 4
            },
            "metadata": {
             "type": "Labels",
             "id": 5
            },
            "profile": {
             "type": "string",
             "id": 6
            }
           },
           "nested": {
            "Type": {
             "values": {
              "UNKNOWN": 0,
              "PATH": 1,
              "MOUNT": 2,
              "BLOCK": 3,
              "RAW": 4
             }
            },
            "Path": {
             "fields": {
              "root": {
               "type": "string",
               "id": 1
              }
             }
            },
            "Mount": {
             "fields": {
              "root": {
               "type": "string",
               "id": 1
              }
             }
            }
           }
          }
         }
        },
        "RevocableInfo": {
         "fields": {}
        },
        "SharedInfo": {
         "fields": {}
        }
       }
      },
      "OfferFilters": {
       "edition": "proto2",
       "fields": {
        "min_allocatable_resources": {
         "type": "MinAllocatableResources",
         "id": 1
        }
       },
       "nested": {
        "ResourceQuantities": {
         "fields": {
          "quantities": {
           "keyType": "string",
           "type": "Value.Scalar",
           "id": 1
          }
         }
        },
        "MinAllocatableResources": {
         "fields": {
          "quantities": {
           "rule": "repeated",
           "type": "ResourceQuantities",
           "id": 1
          }
         }
        }
       }
      },
      "Request": {
       "edition": "proto2",
       "fields": {
        "agent_id": {
         "type": "AgentID",
         "id": 1
        },
        "resources": {
         "rule": "repeated",
         "type": "Resource",
         "id": 2
        }
       }
      },
      "Offer": {
       "edition": "proto2",
       "fields": {
        "id": {
         "rule": "required",
         "type": "OfferID",
         "id": 1
        },
        "framework_id": {
         "rule": "required",
         "type": "FrameworkID",
         "id": 2
        },
        "agent_id": {
         "rule": "required",
         "type": "AgentID",
         "id": 3
        },
        "hostname": {
         "rule": "required",
         "type": "string",
         "id": 4
        },
        "url": {
         "type": "URL",
         "id": 8
        },
        "domain": {
         "type": "DomainInfo",
         "id": 11
        },
        "resources": {
         "rule": "repeated",
         "type": "Resource",
         "id": 5
        },
        "attributes": {
         "rule": "repeated",
         "type": "Attribute",
         "id": 7
        },
        "executor_ids": {
         "rule": "repeated",
         "type": "ExecutorID",
         "id": 6
        },
        "unavailability": {
         "type": "Unavailability",
         "id": 9
        },
        "allocation_info": {
         "type": "Resource.AllocationInfo",
         "id": 10
        }
       },
       "nested": {
        "Operation": {
         "fields": {
          "type": {
           "type": "Type",
           "id": 1
          },
          "id": {
           "type": "OperationID",
           "id": 12
          },
          "launch": {
           "type": "Launch",
           "id": 2
          },
          "launch_group": {
           "type": "LaunchGroup",
           "id": 7
          },
          "reserve": {
           "type": "Reserve",
           "id": 3
          },
          "unreserve": {
           "type": "Unreserve",
           "id": 4
          },
          "create": {
           "type": "Create",
           "id": 5
          },
          "destroy": {
           "type": "Destroy",
           "id": 6
          },
          "grow_volume": {
           "type": "GrowVolume",
           "id": 13
          },
          "shrink_volume": {
           "type": "ShrinkVolume",
           "id": 14
          },
          "create_disk": {
           "type": "CreateDisk",
           "id": 15
          },
          "destroy_disk": {
           "type": "DestroyDisk",
           "id": 16
          }
         },
         "nested": {
          "Type": {
           "values": {
            "UNKNOWN": 0,
            "LAUNCH": 1,
            "LAUNCH_GROUP": 6,
            "RESERVE": 2,
            "UNRESERVE": 3,
            "CREATE": 4,
            "DESTROY": 5,
            "GROW_VOLUME": 11,
            "SHRINK_VOLUME": 12,
            "CREATE_DISK": 13,
            "DESTROY_DISK": 14
           }
          },
          "Launch": {
           "fields": {
            "task_infos": {
             "rule": "repeated",
             "type": "TaskInfo",
             "id": 1
            }
           }
          },
          "LaunchGroup": {
           "fields": {
            "executor": {
             "rule": "required",
             "type": "ExecutorInfo",
             "id": 1
            },
            "task_group": {
             "rule": "required",
             "type": "TaskGroupInfo",
             "id": 2
            }
           }
          },
          "Reserve": {
           "fields": {
            "source": {
             "rule": "repeated",
             "type": "Resource",
             "id": 2
            },
            "resources": {
             "rule": "repeated",
             "type": "Resource",
             "id": 1
            }
           }
          },
          "Unreserve": {
           "fields": {
            "resources": {
             "rule": "repeated",
             "type": "Resource",
             "id": 1
            }
           }
          },
          "Create": {
           "fields": {
            "volumes": {
             "rule": "repeated",
             "type": "Resource",
             "id": 1
            }
           }
          },
          "Destroy": {
           "fields": {
            "volumes": {
             "rule": "repeated",
             "type": "Resource",
             "id": 1
            }
           }
          },
          "GrowVolume": {
           "fields": {
            "volume": {
             "rule": "required",
             "type": "Resource",
             "id": 1
            },
            "addition": {
             "rule": "required",
             "type": "Resource",
             "id": 2
            }
           }
          },
          "ShrinkVolume": {
           "fields": {
            "volume": {
             "rule": "required",
             "type": "Resource",
             "id": 1
            },
            "subtract": {
             "rule": "required",
             "type": "Value.Scalar",
             "id": 2
            }
           }
          },
          "CreateDisk": {
           "fields": {
            "source": {
             "rule": "required",
             "type": "Resource",
             "id": 1
            },
            "target_type": {
             "rule": "required",
             "type": "Resource.DiskInfo.Source.Type",
             "id": 2
            },
            "target_profile": {
             "type": "string",
             "id": 3
            }
           }
          },
          "DestroyDisk": {
           "fields": {
            "source": {
             "rule": "required",
             "type": "Resource",
             "id": 1
            }
           }
          }
         }
        }
       }
      },
      "InverseOffer": {
       "edition": "proto2",
       "fields": {
        "id": {
         "rule": "required",
         "type": "OfferID",
         "id": 1
        },
        "url": {
         "type": "URL",
         "id": 2
        },
        "framework_id": {
         "rule": "required",
         "type": "FrameworkID",
         "id": 3
        },
        "agent_id": {
         "type": "AgentID",
         "id": 4
        },
        "unavailability": {
         "rule": "required",
         "type": "Unavailability",
         "id": 5
        },
        "resources": {
         "rule": "repeated",
         "type": "Resource",
         "id": 6
        }
       }
      },
      "TaskInfo": {
       "edition": "proto2",
       "fields": {
        "name": {
         "rule": "required",
         "type": "string",
         "id": 1
        },
        "task_id": {
         "rule": "required",
         "type": "TaskID",
         "id": 2
        },
        "agent_id": {
         "rule": "required",
         "type": "AgentID",
         "id": 3
        },
        "resources": {
         "rule": "repeated",
         "type": "Resource",
         "id": 4
        },
        "executor": {
         "type": "ExecutorInfo",
         "id": 5
        },
        "command": {
         "type": "CommandInfo",
         "id": 7
        },
        "container": {
         "type": "ContainerInfo",
         "id": 9
        },
        "health_check": {
         "type": "HealthCheck",
         "id": 8
        },
        "check": {
         "type": "CheckInfo",
         "id": 13
        },
        "kill_policy": {
         "type": "KillPolicy",
         "id": 12
        },
        "data": {
         "type": "bytes",
         "id": 6
        },
        "labels": {
         "type": "Labels",
         "id": 10
        },
        "discovery": {
         "type": "DiscoveryInfo",
         "id": 11
        },
        "max_completion_time": {
         "type": "DurationInfo",
         "id": 14
        },
        "limits": {
         "keyType": "string",
         "type": "Value.Scalar",
         "id": 15
        }
       }
      },
      "TaskGroupInfo": {
       "edition": "proto2",
       "fields": {
        "tasks": {
         "rule": "repeated",
         "type": "TaskInfo",
         "id": 1
        }
       }
      },
      "ExecutorInfo": {
       "edition": "proto2",
       "fields": {
        "type": {
         "type": "Type",
         "id": 15
        },
        "executor_id": {
         "rule": "required",
         "type": "ExecutorID",
         "id": 1
        },
        "framework_id": {
         "type": "FrameworkID",
         "id": 8
        },
        "command": {
         "type": "CommandInfo",
         "id": 7
        },
        "container": {
         "type": "ContainerInfo",
         "id": 11
        },
        "resources": {
         "rule": "repeated",
         "type": "Resource",
         "id": 5
        },
        "name": {
         "type": "string",
         "id": 9
        },
        "source": {
         "type": "string",
         "id": 10,
         "options": {
          "deprecated": true
         }
        },
        "data": {
         "type": "bytes",
         "id": 4
        },
        "discovery": {
         "type": "DiscoveryInfo",
         "id": 12
        },
        "shutdown_grace_period": {
         "type": "DurationInfo",
         "id": 13
        },
        "labels": {
         "type": "Labels",
         "id": 14
        }
       },
       "nested": {
        "Type": {
         "values": {
          "UNKNOWN": 0,
          "DEFAULT": 1,
          "CUSTOM": 2
         }
        }
       }
      },
      "CommandInfo": {
       "edition": "proto2",
       "fields": {
        "uris": {
         "rule": "repeated",
         "type": "URI",
         "id": 1
        },
        "environment": {
         "type": "Environment",
         "id": 2
        },
        "shell": {
         "type": "bool",
         "id": 6,
         "options": {
          "default": true
         }
        },
        "value": {
         "type": "string",
         "id": 3
        },
        "arguments": {
         "rule": "repeated",
         "type": "string",
         "id": 7
        },
        "user": {
         "type": "string",
         "id": 5
        }
       },
       "nested": {
        "URI": {
         "fields": {
          "value": {
           "rule": "required",
           "type": "string",
           "id": 1
          },
          "executable": {
           "type": "bool",
           "id": 2
          },
          "extract": {
           "type": "bool",
           "id": 3,
           "options": {
            "default": true
           }
          },
          "cache": {
           "type": "bool",
           "id": 4
          },
          "output_file": {
           "type": "string",
           "id": 5
          }
         }
        }
       }
      },
      "Environment": {
       "edition": "proto2",
       "fields": {
        "variables": {
         "rule": "repeated",
         "type": "Variable",
         "id": 1
        }
       },
       "nested": {
        "Variable": {
         "fields": {
          "name": {
           "rule": "required",
           "type": "string",
           "id": 1
          },
          "type": {
           "type": "Type",
           "id": 3,
           "options": {
            "default": "VALUE"
           }
          },
          "value": {
           "type": "string",
           "id": 2
          },
          "secret": {
           "type": "Secret",
           "id": 4
          }
         },
         "nested": {
          "Type": {
           "values": {
            "UNKNOWN": 0,
            "VALUE": 1,
            "SECRET": 2
           }
          }
         }
        }
       }
      },
      "Parameter": {
       "edition": "proto2",
       "fields": {
        "key": {
         "rule": "required",
         "type": "string",
         "id": 1
        },
        "value": {
         "rule": "required",
         "type": "string",
         "id": 2
        }
       }
      },
      "Parameters": {
       "edition": "proto2",
       "fields": {
        "parameter": {
         "rule": "repeated",
         "type": "Parameter",
         "id": 1
        }
       }
      },
      "Credential": {
       "edition": "proto2",
       "fields": {
        "principal": {
         "rule": "required",
         "type": "string",
         "id": 1
        },
        "secret": {
         "type": "string",
         "id": 2
        }
       }
      },
      "Secret": {
       "edition": "proto2",
       "fields": {
        "type": {
         "type": "Type",
         "id": 1
        },
        "reference": {
         "type": "Reference",
         "id": 2
        },
        "value": {
         "type": "Value",
         "id": 3
        }
       },
       "nested": {
        "Type": {
         "values": {
          "UNKNOWN": 0,
          "REFERENCE": 1,
          "VALUE": 2
         }
        },
        "Reference": {
         "fields": {
          "name": {
           "rule": "required",
           "type": "string",
           "id": 1
          },
          "key": {
           "type": "string",
           "id": 2
          }
         }
        },
        "Value": {
         "fields": {
          "data": {
           "rule": "required",
           "type": "bytes",
           "id": 1
          }
         }
        }
       }
      },
      "KillPolicy": {
       "edition": "proto2",
       "fields": {
        "grace_period": {
         "type": "DurationInfo",
         "id": 1
        }
       }
      },
      "CheckInfo": {
       "edition": "proto2",
       "fields": {
        "type": {
         "type": "Type",
         "id": 1
        },
        "command": {
         "type": "Command",
         "id": 2
        },
        "http": {
         "type": "Http",
         "id": 3
        },
        "tcp": {
         "type": "Tcp",
         "id": 7
        },
        "delay_seconds": {
         "type": "double",
         "id": 4,
         "options": {
          "default": 15
         }
        },
        "interval_seconds": {
         "type": "double",
         "id": 5,
         "options": {
          "default": 10
         }
        },
        "timeout_seconds": {
         "type": "double",
         "id": 6,
         "options": {
          "default": 20
         }
        }
       },
       "nested": {
        "Type": {
         "values": {
          "UNKNOWN": 0,
          "COMMAND": 1,
          "HTTP": 2,
          "TCP": 3
         }
        },
        "Command": {
         "fields": {
          "command": {
           "rule": "required",
           "type": "CommandInfo",
           "id": 1
          }
         }
        },
        "Http": {
         "fields": {
          "port": {
           "rule": "required",
           "type": "uint32",
           "id": 1
          },
          "path": {
           "type": "string",
           "id": 2
          }
         }
        },
        "Tcp": {
         "fields": {
          "port": {
           "rule": "required",
           "type": "uint32",
           "id": 1
          }
         }
        }
       }
      },
      "HealthCheck": {
       "edition": "proto2",
       "fields": {
        "delay_seconds": {
         "type": "double",
         "id": 2,
         "options": {
          "default": 15
         }
        },
        "interval_seconds": {
         "type": "double",
         "id": 3,
         "options": {
          "default": 10
         }
        },
        "timeout_seconds": {
         "type": "double",
         "id": 4,
         "options": {
          "default": 20
         }
        },
        "consecutive_failures": {
         "type": "uint32",
         "id": 5,
         "options": {
          "default": 3
         }
        },
        "grace_period_seconds": {
         "type": "double",
         "id": 6,
         "options": {
          "default": 10
         }
        },
        "type": {
         "type": "Type",
         "id": 8
        },
        "command": {
         "type": "CommandInfo",
         "id": 7
        },
        "http": {
         "type": "HTTPCheckInfo",
         "id": 1
        },
        "tcp": {
         "type": "TCPCheckInfo",
         "id": 9
        }
       },
       "nested": {
        "Type": {
         "values": {
          "UNKNOWN": 0,
          "COMMAND": 1,
          "HTTP": 2,
          "TCP": 3
         }
        },
        "HTTPCheckInfo": {
         "fields": {
          "protocol": {
           "type": "NetworkInfo.Protocol",
           "id": 5,
           "options": {
            "default": "IPv4"
           }
          },
          "scheme": {
           "type": "string",
           "id": 3
          },
          "port": {
           "rule": "required",
           "type": "uint32",
           "id": 1
          },
          "path": {
           "type": "string",
           "id": 2
          },
          "statuses": {
           "rule": "repeated",
           "type": "uint32",
           "id": 4
          }
         }
        },
        "TCPCheckInfo": {
         "fields": {
          "protocol": {
           "type": "NetworkInfo.Protocol",
           "id": 2,
           "options": {
            "default": "IPv4"
           }
          },
          "port": {
           "rule": "required",
           "type": "uint32",
           "id": 1
          }
         }
        }
       }
      },
      "CheckStatusInfo": {
       "edition": "proto2",
       "fields": {
        "type": {
         "type": "CheckInfo.Type",
         "id": 1
        },
        "command": {
         "type": "Command",
         "id": 2
        },
        "http": {
         "type": "Http",
         "id": 3
        },
        "tcp": {
         "type": "Tcp",
         "id": 4
        }
       },
       "nested": {
        "Command": {
         "fields": {
          "exit_code": {
           "type": "int32",
           "id": 1
          }
         }
        },
        "Http": {
         "fields": {
          "status_code": {
           "type": "uint32",
           "id": 1
          }
         }
        },
        "Tcp": {
         "fields": {
          "succeeded": {
           "type": "bool",
           "id": 1
          }
         }
        }
       }
      },
      "TaskState": {
       "edition": "proto2",
       "values": {
        "TASK_STAGING": 6,
        "TASK_STARTING": 0,
        "TASK_RUNNING": 1,
        "TASK_KILLING": 8,
        "TASK_FINISHED": 2,
        "TASK_FAILED": 3,
        "TASK_KILLED": 4,
        "TASK_ERROR": 7,
        "TASK_LOST": 5,
        "TASK_DROPPED": 9,
        "TASK_UNREACHABLE": 10,
        "TASK_GONE": 11,
        "TASK_GONE_BY_OPERATOR": 12,
        "TASK_UNKNOWN": 13
       }
      },
      "TaskResourceLimitation": {
       "edition": "proto2",
       "fields": {
        "resources": {
         "rule": "repeated",
         "type": "Resource",
         "id": 1
        }
       }
      },
      "UUID": {
       "edition": "proto2",
       "fields": {
        "value": {
         "rule": "required",
         "type": "bytes",
         "id": 1
        }
       }
      },
      "Operation": {
       "edition": "proto2",
       "fields": {
        "framework_id": {
         "type": "FrameworkID",
         "id": 1
        },
        "agent_id": {
         "type": "AgentID",
         "id": 2
        },
        "info": {
         "rule": "required",
         "type": "Offer.Operation",
         "id": 3
        },
        "latest_status": {
         "rule": "required",
         "type": "OperationStatus",
         "id": 4
        },
        "statuses": {
         "rule": "repeated",
         "type": "OperationStatus",
         "id": 5
        },
        "uuid": {
         "rule": "required",
         "type": "UUID",
         "id": 6
        }
       }
      },
      "OperationState": {
       "edition": "proto2",
       "values": {
        "OPERATION_UNSUPPORTED": 0,
        "OPERATION_PENDING": 1,
        "OPERATION_FINISHED": 2,
        "OPERATION_FAILED": 3,
        "OPERATION_ERROR": 4,
        "OPERATION_DROPPED": 5,
        "OPERATION_UNREACHABLE": 6,
        "OPERATION_GONE_BY_OPERATOR": 7,
        "OPERATION_RECOVERING": 8,
        "OPERATION_UNKNOWN": 9
       }
      },
      "OperationStatus": {
       "edition": "proto2",
       "fields": {
        "operation_id": {
         "type": "OperationID",
         "id": 1
        },
        "state": {
         "rule": "required",
         "type": "OperationState",
         "id": 2
        },
        "message": {
         "type": "string",
         "id": 3
        },
        "converted_resources": {
         "rule": "repeated",
         "type": "Resource",
         "id": 4
        },
        "uuid": {
         "type": "UUID",
         "id": 5
        },
        "agent_id": {
         "type": "AgentID",
         "id": 6
        },
        "resource_provider_id": {
         "type": "ResourceProviderID",
         "id": 7
        }
       }
      },
      "TaskStatus": {
       "edition": "proto2",
       "fields": {
        "task_id": {
         "rule": "required",
         "type": "TaskID",
         "id": 1
        },
        "state": {
         "rule": "required",
         "type": "TaskState",
         "id": 2
        },
        "message": {
         "type": "string",
         "id": 4
        },
        "source": {
         "type": "Source",
         "id": 9
        },
        "reason": {
         "type": "Reason",
         "id": 10
        },
        "data": {
         "type": "bytes",
         "id": 3
        },
        "agent_id": {
         "type": "AgentID",
         "id": 5
        },
        "executor_id": {
         "type": "ExecutorID",
         "id": 7
        },
        "timestamp": {
         "type": "double",
         "id": 6
        },
        "uuid": {
         "type": "bytes",
         "id": 11
        },
        "healthy": {
         "type": "bool",
         "id": 8
        },
        "check_status": {
         "type": "CheckStatusInfo",
         "id": 15
        },
        "labels": {
         "type": "Labels",
         "id": 12
        },
        "container_status": {
         "type": "ContainerStatus",
         "id": 13
        },
        "unreachable_time": {
         "type": "TimeInfo",
         "id": 14
        },
        "limitation": {
         "type": "TaskResourceLimitation",
         "id": 16
        }
       },
       "nested": {
        "Source": {
         "values": {
          "SOURCE_MASTER": 0,
          "SOURCE_AGENT": 1,
          "SOURCE_EXECUTOR": 2
         }
        },
        "Reason": {
         "values": {
          "REASON_COMMAND_EXECUTOR_FAILED": 0,
          "REASON_CONTAINER_LAUNCH_FAILED": 21,
          "REASON_CONTAINER_LIMITATION": 19,
          "REASON_CONTAINER_LIMITATION_DISK": 20,
          "REASON_CONTAINER_LIMITATION_MEMORY": 8,
          "REASON_CONTAINER_PREEMPTED": 17,
          "REASON_CONTAINER_UPDATE_FAILED": 22,
          "REASON_MAX_COMPLETION_TIME_REACHED": 33,
          "REASON_EXECUTOR_REGISTRATION_TIMEOUT": 23,
          "REASON_EXECUTOR_REREGISTRATION_TIMEOUT": 24,
          "REASON_EXECUTOR_TERMINATED": 1,
          "REASON_EXECUTOR_UNREGISTERED": 2,
          "REASON_FRAMEWORK_REMOVED": 3,
          "REASON_GC_ERROR": 4,
          "REASON_INVALID_FRAMEWORKID": 5,
          "REASON_INVALID_OFFERS": 6,
          "REASON_IO_SWITCHBOARD_EXITED": 27,
          "REASON_MASTER_DISCONNECTED": 7,
          "REASON_RECONCILIATION": 9,
          "REASON_RESOURCES_UNKNOWN": 18,
          "REASON_AGENT_DISCONNECTED": 10,
          "REASON_AGENT_DRAINING": 34,
          "REASON_AGENT_REMOVED": 11,
          "REASON_AGENT_REMOVED_BY_OPERATOR": 31,
          "REASON_AGENT_REREGISTERED": 32,
          "REASON_AGENT_RESTARTED": 12,
          "REASON_AGENT_UNKNOWN": 13,
          "REASON_TASK_KILLED_DURING_LAUNCH": 30,
          "REASON_TASK_CHECK_STATUS_UPDATED": 28,
          "REASON_TASK_HEALTH_CHECK_STATUS_UPDATED": 29,
          "REASON_TASK_GROUP_INVALID": 25,
          "REASON_TASK_GROUP_UNAUTHORIZED": 26,
          "REASON_TASK_INVALID": 14,
          "REASON_TASK_UNAUTHORIZED": 15,
          "REASON_TASK_UNKNOWN": 16
         }
        }
       }
      },
      "Filters": {
       "edition": "proto2",
       "fields": {
        "refuse_seconds": {
         "type": "double",
         "id": 1,
         "options": {
          "default": 5
         }
        }
       }
      },
      "Image": {
       "edition": "proto2",
       "fields": {
        "type": {
         "rule": "required",
         "type": "Type",
         "id": 1
        },
        "appc": {
         "type": "Appc",
         "id": 2
        },
        "docker": {
         "type": "Docker",
         "id": 3
        },
        "cached": {
         "type": "bool",
         "id": 4,
         "options": {
          "default": true
         }
        }
       },
       "nested": {
        "Type": {
         "values": {
          "APPC": 1,
          "DOCKER": 2
         }
        },
        "Appc": {
         "fields": {
          "name": {
           "rule": "required",
           "type": "string",
           "id": 1
          },
          "id": {
           "type": "string",
           "id": 2
          },
          "labels": {
           "type": "Labels",
           "id": 3
          }
         }
        },
        "Docker": {
         "fields": {
          "name": {
           "rule": "required",
           "type": "string",
           "id": 1
          },
          "credential": {
           "type": "Credential",
           "id": 2,
           "options": {
            "deprecated": true
           }
          },
          "config": {
           "type": "Secret",
           "id": 3
          }
         }
        }
       }
      },
      "MountPropagation": {
       "edition": "proto2",
       "fields": {
        "mode": {
         "type": "Mode",
         "id": 1
        }
       },
       "nested": {
        "Mode": {
         "values": {
          "UNKNOWN": 0,
          "HOST_TO_CONTAINER": 1,
          "BIDIRECTIONAL": 2
         }
        }
       }
      },
      "Volume": {
       "edition": "proto2",
       "fields": {
        "mode": {
         "rule": "required",
         "type": "Mode",
         "id": 3
        },
        "container_path": {
         "rule": "required",
         "type": "string",
         "id": 1
        },
        "host_path": {
         "type": "string",
         "id": 2
        },
        "image": {
         "type": "Image",
         "id": 4
        },
        "source": {
         "type": "Source",
         "id": 5
        }
       },
       "nested": {
        "Mode": {
         "values": {
          "RW": 1,
          "RO": 2
         }
        },
        "Source": {
         "fields": {
          "type": {
           "type": "Type",
           "id": 1
          },
          "docker_volume": {
           "type": "DockerVolume",
           "id": 2
          },
          "host_path": {
           "type": "HostPath",
           "id": 5
          },
          "sandbox_path": {
           "type": "SandboxPath",
           "id": 3
          },
          "secret": {
           "type": "Secret",
           "id": 4
          },
          "csi_volume": {
           "type": "CSIVolume",
           "id": 6
          }
         },
         "nested": {
          "Type": {
           "values": {
            "UNKNOWN": 0,
            "DOCKER_VOLUME": 1,
            "HOST_PATH": 4,
            "SANDBOX_PATH": 2,
            "SECRET": 3,
            "CSI_VOLUME": 5
           }
          },
          "DockerVolume": {
           "fields": {
            "driver": {
             "type": "string",
             "id": 1
            },
            "name": {
             "rule": "required",
             "type": "string",
             "id": 2
            },
            "driver_options": {
             "type": "Parameters",
             "id": 3
            }
           }
          },
          "HostPath": {
           "fields": {
            "path": {
             "rule": "required",
             "type": "string",
             "id": 1
            },
            "mount_propagation": {
             "type": "MountPropagation",
             "id": 2
            }
           }
          },
          "SandboxPath": {
           "fields": {
            "type": {
             "type": "Type",
             "id": 1
            },
            "path": {
             "rule": "required",
             "type": "string",
             "id": 2
            }
           },
           "nested": {
            "Type": {
             "values": {
              "UNKNOWN": 0,
              "SELF": 1,
              "PARENT": 2
             }
            }
           }
          },
          "CSIVolume": {
           "fields": {
            "plugin_name": {
             "rule": "required",
             "type": "string",
             "id": 1
            },
            "static_provisioning": {
             "type": "StaticProvisioning",
             "id": 2
            }
           },
           "nested": {
            "VolumeCapability": {
             "oneofs": {
              "access_type": {
               "oneof": [
                "block",
                "mount"
               ]
              }
             },
             "fields": {
              "block": {
               "type": "BlockVolume",
               "id": 1
              },
              "mount": {
               "type": "MountVolume",
               "id": 2
              },
              "access_mode": {
               "rule": "required",
               "type": "AccessMode",
               "id": 3
              }
             },
             "nested": {
              "BlockVolume": {
               "fields": {}
              },
              "MountVolume": {
               "fields": {
                "fs_type": {
                 "type": "string",
                 "id": 1
                },
                "mount_flags": {
                 "rule": "repeated",
                 "type": "string",
                 "id": 2
                }
               }
              },
              "AccessMode": {
               "fields": {
                "mode": {
                 "rule": "required",
                 "type": "Mode",
                 "id": 1
                }
               },
               "nested": {
                "Mode": {
                 "values": {
                  "UNKNOWN": 0,
                  "SINGLE_NODE_WRITER": 1,
                  "SINGLE_NODE_READER_ONLY": 2,
                  "MULTI_NODE_READER_ONLY": 3,
                  "MULTI_NODE_SINGLE_WRITER": 4,
                  "MULTI_NODE_MULTI_WRITER": 5
                 }
                }
               }
              }
             }
            },
            "StaticProvisioning": {
             "fields": {
              "volume_id": {
               "rule": "required",
               "type": "string",
               "id": 1
              },
              "volume_capability": {
               "rule": "required",
               "type": "VolumeCapability",
               "id": 2
              },
              "node_stage_secrets": {
               "keyType": "string",
               "type": "Secret",
               "id": 3
              },
              "node_publish_secrets": {
               "keyType": "string",
               "type": "Secret",
               "id": 4
              },
              "volume_context": {
               "keyType": "string",
               "type": "string",
               "id": 5
              }
             }
            }
           }
          }
         }
        }
       }
      },
      "NetworkInfo": {
       "edition": "proto2",
       "fields": {
        "ip_addresses": {
         "rule": "repeated",
         "type": "IPAddress",
         "id": 5
        },
        "name": {
         "type": "string",
         "id": 6
        },
        "groups": {
         "rule": "repeated",
         "type": "string",
         "id": 3
        },
        "labels": {
         "type": "Labels",
         "id": 4
        },
        "port_mappings": {
         "rule": "repeated",
         "type": "PortMapping",
         "id": 7
        }
       },
       "nested": {
        "Protocol": {
         "values": {
          "IPv4": 1,
          "IPv6": 2
         }
        },
        "IPAddress": {
         "fields": {
          "protocol": {
           "type": "Protocol",
           "id": 1,
           "options": {
            "default": "IPv4"
           }
          },
          "ip_address": {
           "type": "string",
           "id": 2
          }
         }
        },
        "PortMapping": {
         "fields": {
          "host_port": {
           "rule": "required",
           "type": "uint32",
           "id": 1
          },
          "container_port": {
           "rule": "required",
           "type": "uint32",
           "id": 2
          },
          "protocol": {
           "type": "string",
           "id": 3
          }
         }
        }
       }
      },
      "CapabilityInfo": {
       "edition": "proto2",
       "fields": {
        "capabilities": {
         "rule": "repeated",
         "type": "Capability",
         "id": 1
        }
       },
       "nested": {
        "Capability": {
         "values": {
          "UNKNOWN": 0,
          "CHOWN": 1000,
          "DAC_OVERRIDE": 1001,
          "DAC_READ_SEARCH": 1002,
          "FOWNER": 1003,
          "FSETID": 1004,
          "KILL": 1005,
          "SETGID": 1006,
          "SETUID": 1007,
          "SETPCAP": 1008,
          "LINUX_IMMUTABLE": 1009,
          "NET_BIND_SERVICE": 1010,
          "NET_BROADCAST": 1011,
          "NET_ADMIN": 1012,
          "NET_RAW": 1013,
          "IPC_LOCK": 1014,
          "IPC_OWNER": 1015,
          "SYS_MODULE": 1016,
          "SYS_RAWIO": 1017,
          "SYS_CHROOT": 1018,
          "SYS_PTRACE": 1019,
          "SYS_PACCT": 1020,
          "SYS_ADMIN": 1021,
          "SYS_BOOT": 1022,
          "SYS_NICE": 1023,
          "SYS_RESOURCE": 1024,
          "SYS_TIME": 1025,
          "SYS_TTY_CONFIG": 1026,
          "MKNOD": 1027,
          "LEASE": 1028,
          "AUDIT_WRITE": 1029,
          "AUDIT_CONTROL": 1030,
          "SETFCAP": 1031,
          "MAC_OVERRIDE": 1032,
          "MAC_ADMIN": 1033,
          "SYSLOG": 1034,
          "WAKE_ALARM": 1035,
          "BLOCK_SUSPEND": 1036,
          "AUDIT_READ": 1037
         }
        }
       }
      },
      "SeccompInfo": {
       "edition": "proto2",
       "fields": {
        "profile_name": {
         "type": "string",
         "id": 1
        },
        "unconfined": {
         "type": "bool",
         "id": 2
        }
       }
      },
      "LinuxInfo": {
       "edition": "proto2",
       "fields": {
        "capability_info": {
         "type": "CapabilityInfo",
         "id": 1,
         "options": {
          "deprecated": true
         }
        },
        "bounding_capabilities": {
         "type": "CapabilityInfo",
         "id": 2
        },
        "effective_capabilities": {
         "type": "CapabilityInfo",
         "id": 3
        },
        "share_pid_namespace": {
         "type": "bool",
         "id": 4
        },
        "seccomp": {
         "type": "SeccompInfo",
         "id": 5
        },
        "ipc_mode": {
         "type": "IpcMode",
         "id": 6
        },
        "shm_size": {
         "type": "uint32",
         "id": 7
        },
        "share_cgroups": {
         "type": "bool",
         "id": 8,
         "options": {
          "default": true
         }
        }
       },
       "nested": {
        "IpcMode": {
         "values": {
          "UNKNOWN": 0,
          "PRIVATE": 1,
          "SHARE_PARENT": 2
         }
        }
       }
      },
      "RLimitInfo": {
       "edition": "proto2",
       "fields": {
        "rlimits": {
         "rule": "repeated",
         "type": "RLimit",
         "id": 1
        }
       },
       "nested": {
        "RLimit": {
         "fields": {
          "type": {
           "type": "Type",
           "id": 1
          },
          "hard": {
           "type": "uint64",
           "id": 2
          },
          "soft": {
           "type": "uint64",
           "id": 3
          }
         },
         "nested": {
          "Type": {
           "values": {
            "UNKNOWN": 0,
            "RLMT_AS": 1,
            "RLMT_CORE": 2,
            "RLMT_CPU": 3,
            "RLMT_DATA": 4,
            "RLMT_FSIZE": 5,
            "RLMT_LOCKS": 6,
            "RLMT_MEMLOCK": 7,
            "RLMT_MSGQUEUE": 8,
            "RLMT_NICE": 9,
            "RLMT_NOFILE": 10,
            "RLMT_NPROC": 11,
            "RLMT_RSS": 12,
            "RLMT_RTPRIO": 13,
            "RLMT_RTTIME": 14,
            "RLMT_SIGPENDING": 15,
            "RLMT_STACK": 16
           }
          }
         }
        }
       }
      },
      "TTYInfo": {
       "edition": "proto2",
       "fields": {
        "window_size": {
         "type": "WindowSize",
         "id": 1
        }
       },
       "nested": {
        "WindowSize": {
         "fields": {
          "rows": {
           "rule": "required",
           "type": "uint32",
           "id": 1
          },
          "columns": {
           "rule": "required",
           "type": "uint32",
           "id": 2
          }
         }
        }
       }
      },
      "ContainerInfo": {
       "edition": "proto2",
       "fields": {
        "type": {
         "rule": "required",
         "type": "Type",
         "id": 1
        },
        "volumes": {
         "rule": "repeated",
         "type": "Volume",
         "id": 2
        },
        "hostname": {
         "type": "string",
         "id": 4
        },
        "docker": {
         "type": "DockerInfo",
         "id": 3
        },
        "mesos": {
         "type": "MesosInfo",
         "id": 5
        },
        "network_infos": {
         "rule": "repeated",
         "type": "NetworkInfo",
         "id": 7
        },
        "linux_info": {
         "type": "LinuxInfo",
         "id": 8
        },
        "rlimit_info": {
         "type": "RLimitInfo",
         "id": 9
        },
        "tty_info": {
         "type": "TTYInfo",
         "id": 10
        }
       },
       "nested": {
        "Type": {
         "values": {
          "DOCKER": 1,
          "MESOS": 2
         }
        },
        "DockerInfo": {
         "fields": {
          "image": {
           "rule": "required",
           "type": "string",
           "id": 1
          },
          "network": {
           "type": "Network",
           "id": 2,
           "options": {
            "default": "HOST"
           }
          },
          "port_mappings": {
           "rule": "repeated",
           "type": "PortMapping",
           "id": 3
          },
          "privileged": {
           "type": "bool",
           "id": 4,
           "options": {
            "default": false
           }
          },
          "parameters": {
           "rule": "repeated",
           "type": "Parameter",
           "id": 5
          },
          "force_pull_image": {
           "type": "bool",
           "id": 6
          },
          "volume_driver": {
           "type": "string",
           "id": 7,
           "options": {
            "deprecated": true
           }
          }
         },
         "nested": {
          "Network": {
           "values": {
            "HOST": 1,
            "BRIDGE": 2,
            "NONE": 3,
            "USER": 4
           }
          },
          "PortMapping": {
           "fields": {
            "host_port": {
             "rule": "required",
             "type": "uint32",
             "id": 1
            },
            "container_port": {
             "rule": "required",
             "type": "uint32",
             "id": 2
            },
            "protocol": {
             "type": "string",
             "id": 3
            }
           }
          }
         }
        },
        "MesosInfo": {
         "fields": {
          "image": {
           "type": "Image",
           "id": 1
          }
         }
        }
       }
      },
      "ContainerStatus": {
       "edition": "proto2",
       "fields": {
        "container_id": {
         "type": "ContainerID",
         "id": 4
        },
        "network_infos": {
         "rule": "repeated",
         "type": "NetworkInfo",
         "id": 1
        },
        "cgroup_info": {
         "type": "CgroupInfo",
         "id": 2
        },
        "executor_pid": {
         "type": "uint32",
         "id": 3
        }
       }
      },
      "CgroupInfo": {
       "edition": "proto2",
       "fields": {
        "net_cls": {
         "type": "NetCls",
         "id": 1
        }
       },
       "nested": {
        "NetCls": {
         "fields": {
          "classid": {
           "type": "uint32",
           "id": 1
          }
         }
        }
       }
      },
      "Labels": {
       "edition": "proto2",
       "fields": {
        "labels": {
         "rule": "repeated",
         "type": "Label",
         "id": 1
        }
       }
      },
      "Label": {
       "edition": "proto2",
       "fields": {
        "key": {
         "rule": "required",
         "type": "string",
         "id": 1
        },
        "value": {
         "type": "string",
         "id": 2
        }
       }
      },
      "Port": {
       "edition": "proto2",
       "fields": {
        "number": {
         "rule": "required",
         "type": "uint32",
         "id": 1
        },
        "name": {
         "type": "string",
         "id": 2
        },
        "protocol": {
         "type": "string",
         "id": 3
        },
        "visibility": {
         "type": "DiscoveryInfo.Visibility",
         "id": 4
        },
        "labels": {
         "type": "Labels",
         "id": 5
        }
       }
      },
      "Ports": {
       "edition": "proto2",
       "fields": {
        "ports": {
         "rule": "repeated",
         "type": "Port",
         "id": 1
        }
       }
      },
      "DiscoveryInfo": {
       "edition": "proto2",
       "fields": {
        "visibility": {
         "rule": "required",
         "type": "Visibility",
         "id": 1
        },
        "name": {
         "type": "string",
         "id": 2
        },
        "environment": {
         "type": "string",
         "id": 3
        },
        "location": {
         "type": "string",
         "id": 4
        },
        "version": {
         "type": "string",
         "id": 5
        },
        "ports": {
         "type": "Ports",
         "id": 6
        },
        "labels": {
         "type": "Labels",
         "id": 7
        }
       },
       "nested": {
        "Visibility": {
         "values": {
          "FRAMEWORK": 0,
          "CLUSTER": 1,
          "EXTERNAL": 2
         }
        }
       }
      },
      "scheduler": {
       "options": {
        "java_package": "org.apache.mesos.v1.scheduler",
        "java_outer_classname": "Protos"
       },
       "nested": {
        "Event": {
         "edition": "proto2",
         "fields": {
          "type": {
           "type": "Type",
           "id": 1
          },
          "subscribed": {
           "type": "Subscribed",
           "id": 2
          },
          "offers": {
           "type": "Offers",
           "id": 3
          },
          "inverse_offers": {
           "type": "InverseOffers",
           "id": 9
          },
          "rescind": {
           "type": "Rescind",
           "id": 4
          },
          "rescind_inverse_offer": {
           "type": "RescindInverseOffer",
           "id": 10
          },
          "update": {
           "type": "Update",
           "id": 5
          },
          "update_operation_status": {
           "type": "UpdateOperationStatus",
           "id": 11
          },
          "message": {
           "type": "Message",
           "id": 6
          },
          "failure": {
           "type": "Failure",
           "id": 7
          },
          "error": {
           "type": "Error",
           "id": 8
          }
         },
         "nested": {
          "Type": {
           "values": {
            "UNKNOWN": 0,
            "SUBSCRIBED": 1,
            "OFFERS": 2,
            "INVERSE_OFFERS": 9,
            "RESCIND": 3,
            "RESCIND_INVERSE_OFFER": 10,
            "UPDATE": 4,
            "UPDATE_OPERATION_STATUS": 11,
            "MESSAGE": 5,
            "FAILURE": 6,
            "ERROR": 7,
            "HEARTBEAT": 8
           }
          },
          "Subscribed": {
           "fields": {
            "framework_id": {
             "rule": "required",
             "type": "FrameworkID",
             "id": 1
            },
            "heartbeat_interval_seconds": {
             "type": "double",
             "id": 2
            },
            "master_info": {
             "type": "MasterInfo",
             "id": 3
            }
           }
          },
          "Offers": {
           "fields": {
            "offers": {
             "rule": "repeated",
             "type": "Offer",
             "id": 1
            }
           }
          },
          "InverseOffers": {
           "fields": {
            "inverse_offers": {
             "rule": "repeated",
             "type": "InverseOffer",
             "id": 1
            }
           }
          },
          "Rescind": {
           "fields": {
            "offer_id": {
             "rule": "required",
             "type": "OfferID",
             "id": 1
            }
           }
          },
          "RescindInverseOffer": {
           "fields": {
            "inverse_offer_id": {
             "rule": "required",
             "type": "OfferID",
             "id": 1
            }
           }
          },
          "Update": {
           "fields": {
            "status": {
             "rule": "required",
             "type": "TaskStatus",
             "id": 1
            }
           }
          },
          "UpdateOperationStatus": {
           "fields": {
            "status": {
             "rule": "required",
             "type": "OperationStatus",
             "id": 1
            }
           }
          },
          "Message": {
           "fields": {
            "agent_id": {
             "rule": "required",
             "type": "AgentID",
             "id": 1
            },
            "executor_id": {
             "rule": "required",
             "type": "ExecutorID",
             "id": 2
            },
            "data": {
             "rule": "required",
             "type": "bytes",
             "id": 3
            }
           }
          },
          "Failure": {
           "fields": {
            "agent_id": {
             "type": "AgentID",
             "id": 1
            },
            "executor_id": {
             "type": "ExecutorID",
             "id": 2
            },
            "status": {
             "type": "int32",
             "id": 3
            }
           }
          },
          "Error": {
           "fields": {
            "message": {
             "rule": "required",
             "type": "string",
             "id": 1
            }
           }
          }
         }
        },
        "Response": {
         "edition": "proto2",
         "fields": {
          "type": {
           "type": "Type",
           "id": 1
          },
          "reconcile_operations": {
           "type": "ReconcileOperations",
           "id": 2
          }
         },
         "nested": {
          "Type": {
           "valuesOptions": {
            "RECONCILE_OPERATIONS": {
             "deprecated": true
            }
           },
           "values": {
            "UNKNOWN": 0,
            "RECONCILE_OPERATIONS": 1
           }
          },
          "ReconcileOperations": {
           "fields": {
            "operation_statuses": {
             "rule": "repeated",
             "type": "OperationStatus",
             "id": 1
            }
           }
          }
         }
        },
        "OfferConstraints": {
         "edition": "proto2",
         "fields": {
          "role_constraints": {
           "keyType": "string",
           "type": "RoleConstraints",
           "id": 1
          }
         },
         "nested": {
          "RoleConstraints": {
           "fields": {
            "groups": {
             "rule": "repeated",
             "type": "Group",
             "id": 1
            }
           },
           "nested": {
            "Group": {
             "fields": {
              "attribute_constraints": {
               "rule": "repeated",
               "type": "AttributeConstraint",
               "id": 1
              }
             }
            }
           }
          }
         }
        },
        "AttributeConstraint": {
         "edition": "proto2",
         "fields": {
          "selector": {
           "rule": "required",
           "type": "Selector",
           "id": 1
          },
          "predicate": {
           "rule": "required",
           "type": "Predicate",
           "id": 2
          }
         },
         "nested": {
          "Selector": {
           "oneofs": {
            "selector": {
             "oneof": [
              "pseudoattribute_type",
              "attribute_name"
             ]
            }
           },
           "fields": {
            "pseudoattribute_type": {
             "type": "PseudoattributeType",
             "id": 1
            },
            "attribute_name": {
             "type": "string",
             "id": 2
            }
           },
           "nested": {
            "PseudoattributeType": {
             "values": {
              "UNKNOWN": 0,
              "HOSTNAME": 1,
              "REGION": 2,
              "ZONE": 3
             }
            }
           }
          },
          "Predicate": {
           "oneofs": {
            "predicate": {
             "oneof": [
              "exists",
              "not_exists",
              "text_equals",
              "text_not_equals",
              "text_matches",
              "text_not_matches"
             ]
            }
           },
           "fields": {
            "exists": {
             "type": "Exists",
             "id": 1
            },
            "not_exists": {
             "type": "NotExists",
             "id": 2
            },
            "text_equals": {
             "type": "TextEquals",
             "id": 3
            },
            "text_not_equals": {
             "type": "TextNotEquals",
             "id": 4
            },
            "text_matches": {
             "type": "TextMatches",
             "id": 5
            },
            "text_not_matches": {
             "type": "TextNotMatches",
             "id": 6
            }
           },
           "nested": {
            "Exists": {
             "fields": {}
            },
            "NotExists": {
             "fields": {}
            },
            "TextEquals": {
             "fields": {
              "value": {
               "rule": "required",
               "type": "string",
               "id": 1
              }
             }
            },
            "TextNotEquals": {
             "fields": {
              "value": {
               "rule": "required",
               "type": "string",
               "id": 1
              }
             }
            },
            "TextMatches": {
             "fields": {
              "regex": {
               "rule": "required",
               "type": "string",
               "id": 1
              }
             }
            },
            "TextNotMatches": {
             "fields": {
              "regex": {
               "rule": "required",
               "type": "string",
               "id": 1
              }
             }
            }
           }
          }
         }
        },
        "Call": {
         "edition": "proto2",
         "fields": {
          "framework_id": {
           "type": "FrameworkID",
           "id": 1
          },
          "type": {
           "type": "Type",
           "id": 2
          },
          "subscribe": {
           "type": "Subscribe",
           "id": 3
          },
          "accept": {
           "type": "Accept",
           "id": 4
          },
          "decline": {
           "type": "Decline",
           "id": 5
          },
          "accept_inverse_offers": {
           "type": "AcceptInverseOffers",
           "id": 13
          },
          "decline_inverse_offers": {
           "type": "DeclineInverseOffers",
           "id": 14
          },
          "revive": {
           "type": "Revive",
           "id": 15
          },
          "kill": {
           "type": "Kill",
           "id": 6
          },
          "shutdown": {
           "type": "Shutdown",
           "id": 7
          },
          "acknowledge": {
           "type": "Acknowledge",
           "id": 8
          },
          "acknowledge_operation_status": {
           "type": "AcknowledgeOperationStatus",
           "id": 17
          },
          "reconcile": {
           "type": "Reconcile",
           "id": 9
          },
          "reconcile_operations": {
           "type": "ReconcileOperations",
           "id": 18
          },
          "message": {
           "type": "Message",
           "id": 10
          },
          "request": {
           "type": "Request",
           "id": 11
          },
          "suppress": {
           "type": "Suppress",
           "id": 16
          },
          "update_framework": {
           "type": "UpdateFramework",
           "id": 19
          }
         },
         "nested": {
          "Type": {
           "values": {
            "UNKNOWN": 0,
            "SUBSCRIBE": 1,
            "TEARDOWN": 2,
            "ACCEPT": 3,
            "DECLINE": 4,
            "ACCEPT_INVERSE_OFFERS": 13,
            "DECLINE_INVERSE_OFFERS": 14,
            "REVIVE": 5,
            "KILL": 6,
            "SHUTDOWN": 7,
            "ACKNOWLEDGE": 8,
            "ACKNOWLEDGE_OPERATION_STATUS": 15,
            "RECONCILE": 9,
            "RECONCILE_OPERATIONS": 16,
            "MESSAGE": 10,
            "REQUEST": 11,
            "SUPPRESS": 12,
            "UPDATE_FRAMEWORK": 17
           }
          },
          "Subscribe": {
           "fields": {
            "framework_info": {
             "rule": "required",
             "type": "FrameworkInfo",
             "id": 1
            },
            "suppressed_roles": {
             "rule": "repeated",
             "type": "string",
             "id": 2
            },
            "offer_constraints": {
             "type": "OfferConstraints",
             "id": 3
            }
           }
          },
          "Accept": {
           "fields": {
            "offer_ids": {
             "rule": "repeated",
             "type": "OfferID",
             "id": 1
            },
            "operations": {
             "rule": "repeated",
             "type": "Offer.Operation",
             "id": 2
            },
            "filters": {
             "type": "Filters",
             "id": 3
            }
           }
          },
          "Decline": {
           "fields": {
            "offer_ids": {
             "rule": "repeated",
             "type": "OfferID",
             "id": 1
            },
            "filters": {
             "type": "Filters",
             "id": 2
            }
           }
          },
          "AcceptInverseOffers": {
           "fields": {
            "inverse_offer_ids": {
             "rule": "repeated",
             "type": "OfferID",
             "id": 1
            },
            "filters": {
             "type": "Filters",
             "id": 2
            }
           }
          },
          "DeclineInverseOffers": {
           "fields": {
            "inverse_offer_ids": {
             "rule": "repeated",
             "type": "OfferID",
             "id": 1
            },
            "filters": {
             "type": "Filters",
             "id": 2
            }
           }
          },
          "Revive": {
           "fields": {
            "roles": {
             "rule": "repeated",
             "type": "string",
             "id": 1
            }
           }
          },
          "Kill": {
           "fields": {
            "task_id": {
             "rule": "required",
             "type": "TaskID",
             "id": 1
            },
            "agent_id": {
             "type": "AgentID",
             "id": 2
            },
            "kill_policy": {
             "type": "KillPolicy",
             "id": 3
            }
           }
          },
          "Shutdown": {
           "fields": {
            "executor_id": {
             "rule": "required",
             "type": "ExecutorID",
             "id": 1
            },
            "agent_id": {
             "rule": "required",
             "type": "AgentID",
             "id": 2
            }
           }
          },
          "Acknowledge": {
           "fields": {
            "agent_id": {
             "rule": "required",
             "type": "AgentID",
             "id": 1
            },
            "task_id": {
             "rule": "required",
             "type": "TaskID",
             "id": 2
            },
            "uuid": {
             "rule": "required",
             "type": "bytes",
             "id": 3
            }
           }
          },
          "AcknowledgeOperationStatus": {
           "fields": {
            "agent_id": {
             "type": "AgentID",
             "id": 1
            },
            "resource_provider_id": {
             "type": "ResourceProviderID",
             "id": 2
            },
            "uuid": {
             "rule": "required",
             "type": "bytes",
             "id": 3
            },
            "operation_id": {
             "rule": "required",
             "type": "OperationID",
             "id": 4
            }
           }
          },
          "Reconcile": {
           "fields": {
            "tasks": {
             "rule": "repeated",
             "type": "Task",
             "id": 1
            }
           },
           "nested": {
            "Task": {
             "fields": {
              "task_id": {
               "rule": "required",
               "type": "TaskID",
               "id": 1
              },
              "agent_id": {
               "type": "AgentID",
               "id": 2
              }
             }
            }
           }
          },
          "ReconcileOperations": {
           "fields": {
            "operations": {
             "rule": "repeated",
             "type": "Operation",
             "id": 1
            }
           },
           "nested": {
            "Operation": {
             "fields": {
              "operation_id": {
               "rule": "required",
               "type": "OperationID",
               "id": 1
              },
              "agent_id": {
               "type": "AgentID",
               "id": 2
              },
              "resource_provider_id": {
               "type": "ResourceProviderID",
               "id": 3
              }
             }
            }
           }
          },
          "Message": {
           "fields": {
            "agent_id": {
             "rule": "required",
             "type": "AgentID",
             "id": 1
            },
            "executor_id": {
             "rule": "required",
             "type": "ExecutorID",
             "id": 2
            },
            "data": {
             "rule": "required",
             "type": "bytes",
             "id": 3
            }
           }
          },
          "Request": {
           "fields": {
            "requests": {
             "rule": "repeated",
             "type": "mesos.v1.Request",
             "id": 1
            }
           }
          },
          "Suppress": {
           "fields": {
            "roles": {
             "rule": "repeated",
             "type": "string",
             "id": 1
            }
           }
          },
          "UpdateFramework": {
           "fields": {
            "framework_info": {
             "rule": "required",
             "type": "FrameworkInfo",
             "id": 1
            },
            "suppressed_roles": {
             "rule": "repeated",
             "type": "string",
             "id": 2
            },
            "offer_constraints": {
             "type": "OfferConstraints",
             "id": 3
            }
           }
          }
         }
        },
        "APIResult": {
         "edition": "proto2",
         "fields": {
          "status_code": {
           "rule": "required",
           "type": "uint32",
           "id": 1
          },
          "response": {
           "type": "Response",
           "id": 2
          },
          "error": {
           "type": "string",
           "id": 3
          }
         }
        }
       }
      }
     }
    }
   }
  }
 }
};
