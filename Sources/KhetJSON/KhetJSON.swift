public enum KhetJSONModule {}
