import KhetCore
