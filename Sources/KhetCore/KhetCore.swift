public enum KhetCoreModule {}
