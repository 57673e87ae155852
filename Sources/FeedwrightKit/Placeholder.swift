enum FeedwrightKitPlaceholder {}
