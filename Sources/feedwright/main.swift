print("feedwright")
