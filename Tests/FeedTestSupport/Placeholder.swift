public enum FeedTestSupportPlaceholder {}
