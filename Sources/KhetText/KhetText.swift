public enum KhetTextModule {}
